package dev.tengen.cli.engine;

import dev.tengen.games.Actions;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed handicap placements of GTP 2 (section 4.1.1): star points on the 3rd line (boards 7
 * to 12) or the 4th line (13 and up), corners first, then the sides and the centre; 2 to 9 stones
 * on odd boards of 9 and more, 2 to 4 on the others, none below 7.
 */
public final class Handicap {
  private Handicap() {}

  /** The most fixed handicap stones a board of this size takes (0: none). */
  public static int maxFixed(int size) {
    if (size < 7) {
      return 0;
    }
    return size >= 9 && size % 2 == 1 ? 9 : 4;
  }

  /**
   * The fixed placement of {@code stones} stones, as actions in GTP order.
   *
   * @throws IllegalArgumentException naming the count and size when no placement exists
   */
  public static int[] fixed(int size, int stones) {
    int max = maxFixed(size);
    if (stones < 2 || stones > max) {
      throw new IllegalArgumentException(max == 0
          ? "no fixed handicap on a " + size + "x" + size + " board"
          : "fixed handicap on " + size + "x" + size + " takes 2 to " + max + " stones, not "
              + stones);
    }
    int low = size >= 13 ? 3 : 2;
    int high = size - 1 - low;
    int mid = size / 2;
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {low, low});
    points.add(new int[] {high, high});
    points.add(new int[] {low, high});
    points.add(new int[] {high, low});
    if (stones >= 6) {
      points.add(new int[] {low, mid});
      points.add(new int[] {high, mid});
    }
    if (stones >= 8) {
      points.add(new int[] {mid, low});
      points.add(new int[] {mid, high});
    }
    if (stones % 2 == 1 && stones >= 5) {
      points.add(new int[] {mid, mid});
    }
    int[] actions = new int[stones];
    for (int i = 0; i < stones; i++) {
      actions[i] = Actions.of(points.get(i)[0], points.get(i)[1], size);
    }
    return actions;
  }
}
