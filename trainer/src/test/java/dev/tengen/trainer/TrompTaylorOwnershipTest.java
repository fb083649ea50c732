package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrompTaylorOwnershipTest {

  /** Rows listed top (y = 4) to bottom (y = 0), as a board is drawn. */
  private static int[] board(String... rows) {
    int size = rows.length;
    int[] stones = new int[size * size];
    for (int r = 0; r < size; r++) {
      int y = size - 1 - r;
      for (int x = 0; x < size; x++) {
        char c = rows[r].charAt(x);
        stones[y * size + x] = c == 'X' ? 1 : c == 'O' ? 2 : 0;
      }
    }
    return stones;
  }

  private static byte[] owners(String... rows) {
    int size = rows.length;
    byte[] out = new byte[size * size];
    for (int r = 0; r < size; r++) {
      int y = size - 1 - r;
      for (int x = 0; x < size; x++) {
        char c = rows[r].charAt(x);
        out[y * size + x] = (byte) (c == 'b' ? 1 : c == 'w' ? -1 : 0);
      }
    }
    return out;
  }

  @Test
  void regionsBelongToTheOnlyColourTheyTouch() {
    int[] stones = board(
        ".X.O.",
        "XX.OO",
        "...O.",
        "XXXO.",
        "..XO.");
    byte[] expected = owners(
        "bb.ww",
        "bb.ww",
        "...ww",
        "bbbww",
        "bbbww");
    assertArrayEquals(expected, TrompTaylorOwnership.blackView(stones, 5));
  }

  @Test
  void emptyBoardBelongsToNobody() {
    assertArrayEquals(new byte[9], TrompTaylorOwnership.blackView(new int[9], 3));
  }

  @Test
  void rejectsBadBoards() {
    assertThrows(IllegalArgumentException.class, () -> TrompTaylorOwnership.blackView(new int[8], 3));
    assertThrows(IllegalArgumentException.class,
        () -> TrompTaylorOwnership.blackView(new int[] {0, 0, 0, 0, 3, 0, 0, 0, 0}, 3));
  }
}
