package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The superko multiset against a HashMap, with heavy collisions, growth and deletions. */
class PositionCountsTest {

  @Test
  void behavesLikeAMultisetUnderRandomAddsAndRemoves() {
    SplittableRandom random = new SplittableRandom(42);
    PositionCounts counts = new PositionCounts(4);
    Map<Long, Integer> expected = new HashMap<>();
    long[] keys = new long[300];
    for (int i = 0; i < keys.length; i++) {
      // Few distinct high bits: many keys share a home slot, which exercises deletion shifts.
      keys[i] = i < 5 ? i : (random.nextLong() & 0xF00000000000000FL) | i;
    }
    for (int step = 0; step < 200_000; step++) {
      long key = keys[random.nextInt(keys.length)];
      if (random.nextBoolean() || !expected.containsKey(key)) {
        counts.add(key);
        expected.merge(key, 1, Integer::sum);
      } else {
        counts.remove(key);
        expected.computeIfPresent(key, (k, c) -> c == 1 ? null : c - 1);
      }
      if (step % 997 == 0) {
        for (long k : keys) {
          assertEquals(expected.getOrDefault(k, 0).intValue(), counts.count(k), "key " + k);
        }
      }
    }
    assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(), counts.total());
    PositionCounts copy = new PositionCounts(counts);
    assertEquals(counts, copy);
    copy.add(keys[7]);
    assertEquals(false, counts.equals(copy));
  }

  @Test
  void removingAnAbsentKeyIsAnError() {
    PositionCounts counts = new PositionCounts(4);
    assertThrows(IllegalStateException.class, () -> counts.remove(5));
    assertThrows(IllegalStateException.class, () -> counts.remove(0));
    counts.add(0);
    assertEquals(1, counts.count(0));
    counts.remove(0);
    assertEquals(0, counts.count(0));
  }
}
