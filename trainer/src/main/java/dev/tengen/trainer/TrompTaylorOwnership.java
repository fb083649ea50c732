package dev.tengen.trainer;

import dev.tengen.games.Stone;

/**
 * Tromp-Taylor ownership of a final position, the ownership head's target: a point belongs to a
 * colour if it holds that colour's stone, or if it is empty and every stone its empty region
 * touches is of that colour; an empty region touching both colours (or none) belongs to neither.
 * No dead-stone removal, exactly as self-play scores.
 */
public final class TrompTaylorOwnership {
  private TrompTaylorOwnership() {}

  /**
   * Ownership from Black's view.
   *
   * @param stones the board, {@code stones[y * size + x]} in {@link Stone} values
   * @param size the board's side
   * @return per point: 1 Black's, -1 White's, 0 neither. O(points), one allocation.
   * @throws IllegalArgumentException if {@code stones} is not {@code size * size} long or holds a
   *     value that is not a {@link Stone} value
   */
  public static byte[] blackView(int[] stones, int size) {
    int points = size * size;
    if (stones.length != points) {
      throw new IllegalArgumentException(
          "board of size " + size + " needs " + points + " points, got " + stones.length);
    }
    for (int point = 0; point < points; point++) {
      if (!Stone.isStone(stones[point]) && stones[point] != Stone.EMPTY) {
        throw new IllegalArgumentException(
            "point " + point + " holds " + stones[point] + ", not a stone value");
      }
    }
    byte[] owner = new byte[points];
    int[] region = new int[points];
    boolean[] visited = new boolean[points];
    for (int start = 0; start < points; start++) {
      int stone = stones[start];
      if (stone == Stone.BLACK) {
        owner[start] = 1;
      } else if (stone == Stone.WHITE) {
        owner[start] = -1;
      } else if (!visited[start]) {
        int length = 0;
        boolean touchesBlack = false;
        boolean touchesWhite = false;
        region[length++] = start;
        visited[start] = true;
        for (int i = 0; i < length; i++) {
          int point = region[i];
          int x = point % size;
          int y = point / size;
          for (int d = 0; d < 4; d++) {
            int nx = d == 0 ? x - 1 : d == 1 ? x + 1 : x;
            int ny = d == 2 ? y - 1 : d == 3 ? y + 1 : y;
            if (nx < 0 || ny < 0 || nx >= size || ny >= size) {
              continue;
            }
            int neighbour = ny * size + nx;
            int value = stones[neighbour];
            if (value == Stone.BLACK) {
              touchesBlack = true;
            } else if (value == Stone.WHITE) {
              touchesWhite = true;
            } else if (!visited[neighbour]) {
              visited[neighbour] = true;
              region[length++] = neighbour;
            }
          }
        }
        byte regionOwner = touchesBlack == touchesWhite ? 0 : touchesBlack ? (byte) 1 : (byte) -1;
        for (int i = 0; i < length; i++) {
          owner[region[i]] = regionOwner;
        }
      }
    }
    return owner;
  }
}
