package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymmetriesTest {

  @Test
  void knownImagesOnNineByNine() {
    int a = 2 * 9 + 1; // (x=1, y=2)
    assertEquals(a, Symmetries.image(9, 0, a));
    assertEquals(2 * 9 + 7, Symmetries.image(9, 1, a)); // mirror x
    assertEquals(6 * 9 + 1, Symmetries.image(9, 2, a)); // mirror y
    assertEquals(6 * 9 + 7, Symmetries.image(9, 3, a)); // rotate 180
    assertEquals(1 * 9 + 2, Symmetries.image(9, 4, a)); // transpose
    assertEquals(1 * 9 + 6, Symmetries.image(9, 5, a)); // transpose, mirror x
    assertEquals(81, Symmetries.image(9, 5, 81)); // pass stays
  }

  @Test
  void eachSymmetryIsAPermutationAndTheEightAreDistinct() {
    for (int size = 2; size <= 25; size++) {
      Set<String> maps = new HashSet<>();
      for (int s = 0; s < 8; s++) {
        int[] map = Symmetries.table(size, s);
        boolean[] seen = new boolean[size * size];
        for (int p : map) {
          seen[p] = true;
        }
        for (boolean b : seen) {
          assertEquals(true, b, "size " + size + " symmetry " + s + " is not onto");
        }
        maps.add(java.util.Arrays.toString(map));
      }
      assertEquals(size == 1 ? 1 : 8, maps.size(), "size " + size);
    }
  }

  @Test
  void inverseUndoesEverySymmetry() {
    for (int size : new int[] {2, 5, 9, 19, 25}) {
      for (int s = 0; s < 8; s++) {
        int inv = Symmetries.inverse(s);
        for (int p = 0; p <= size * size; p++) {
          assertEquals(p, Symmetries.image(size, inv, Symmetries.image(size, s, p)));
        }
      }
    }
  }

  @Test
  void untransformActionsUndoesTransformActions() {
    int size = 7;
    float[] policy = new float[size * size + 1];
    for (int i = 0; i < policy.length; i++) {
      policy[i] = i * 0.5f;
    }
    for (int s = 0; s < 8; s++) {
      float[] moved = new float[policy.length];
      float[] back = new float[policy.length];
      Symmetries.transformActions(policy, 0, moved, 0, size, s);
      Symmetries.untransformActions(moved, 0, back, 0, size, s);
      assertArrayEquals(policy, back);
      assertEquals(policy[size * size], moved[size * size]);
      for (int p = 0; p < size * size; p++) {
        assertEquals(policy[p], moved[Symmetries.image(size, s, p)]);
      }
    }
  }

  @Test
  void transformFeaturesMovesEveryPlaneOfAPoint() {
    int size = 3;
    int planes = 4;
    float[] src = new float[size * size * planes];
    for (int i = 0; i < src.length; i++) {
      src[i] = i;
    }
    float[] dst = new float[src.length + 10];
    Symmetries.transformFeatures(src, 0, dst, 10, size, planes, 1);
    // point 0 (x0,y0) -> (x2,y0) = point 2
    assertArrayEquals(new float[] {0, 1, 2, 3}, java.util.Arrays.copyOfRange(dst, 10 + 2 * planes, 10 + 3 * planes));
    float[] points = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    float[] moved = new float[9];
    float[] back = new float[9];
    Symmetries.transformPoints(points, 0, moved, 0, 3, 6);
    Symmetries.untransformPoints(moved, 0, back, 0, 3, 6);
    assertArrayEquals(points, back);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> Symmetries.inverse(8));
    assertThrows(IllegalArgumentException.class, () -> Symmetries.image(9, 0, 82));
    assertThrows(IllegalArgumentException.class, () -> Symmetries.table(26, 0));
  }
}
