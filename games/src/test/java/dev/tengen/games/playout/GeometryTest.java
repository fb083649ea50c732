package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Board;
import dev.tengen.games.Stone;
import org.junit.jupiter.api.Test;

class GeometryTest {

  @Test
  void sameLayoutAsBoardForEverySize() {
    for (int size = 2; size <= 25; size++) {
      PlayoutBoard fast = new PlayoutBoard(size);
      Board board = new Board(size);
      assertEquals(board.vertexCount(), fast.vertexCount());
      assertEquals(board.stride(), fast.stride());
      for (int a = 0; a < size * size; a++) {
        assertEquals(board.vertex(a), fast.vertex(a));
        assertEquals(a, fast.action(fast.vertex(a)));
      }
      for (int v = 0; v < fast.vertexCount(); v++) {
        assertEquals(board.stone(v), fast.stone(v), "vertex " + v);
        assertEquals(board.action(v), fast.action(v));
      }
      for (int i = 0; i < size * size; i++) {
        assertEquals(board.emptyVertex(i), fast.emptyVertex(i));
      }
      fast.checkConsistency();
      assertEquals(0, fast.areaDifference());
      assertEquals(-1, fast.koVertex());
      assertEquals(Stone.EMPTY, fast.koStone());
    }
  }

  @Test
  void unsupportedSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PlayoutBoard(1));
    assertThrows(IllegalArgumentException.class, () -> new PlayoutBoard(26));
    assertThrows(IllegalArgumentException.class, () -> new RandomPlayout(26));
  }

  @Test
  void libertyKeysPackCountSumAndSquares() {
    // The largest vertex of 25x25 and the largest pseudo-liberty count fit their fields.
    int v = new PlayoutBoard(25).vertex(624);
    long key = PlayoutBoard.libertyKey(v);
    assertEquals(1, key & ((1L << PlayoutBoard.SUM_SHIFT) - 1));
    long many = 1200 * key;
    assertEquals(1200, many & ((1L << PlayoutBoard.SUM_SHIFT) - 1));
    assertEquals(1200L * v,
        (many >>> PlayoutBoard.SUM_SHIFT)
            & ((1L << (PlayoutBoard.SQUARES_SHIFT - PlayoutBoard.SUM_SHIFT)) - 1));
    assertEquals(1200L * v * v, many >>> PlayoutBoard.SQUARES_SHIFT);
  }
}
