package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tengen.games.Board;
import dev.tengen.games.Stone;
import dev.tengen.games.bench.Playouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PlayoutBoard} and {@link RandomPlayout} against {@link Board} and the benchmark's
 * {@link Playouts} policy: seeded playouts played in lock step, the two policies drawing from
 * generators with the same seed, compared after every move.
 */
class LockStepTest {

  @ParameterizedTest(name = "{0}x{0}, {1} seeds")
  @CsvSource({"5, 300", "7, 200", "9, 160", "13, 40", "19, 16"})
  void samePlayoutAsBoardMoveByMove(int size, int seeds) {
    BoardAgreement.Coverage coverage = new BoardAgreement.Coverage();
    for (int seed = 1; seed <= seeds; seed++) {
      playInLockStep(size, 1000L * size + seed, seed % 4 == 1, coverage);
    }
    assertTrue(coverage.passes > 0, "passes happened");
    assertTrue(coverage.kos > 0, "ko points were set");
    assertTrue(coverage.multiStoneCaptures > 0, "multi-stone captures happened");
    assertTrue(coverage.atarisWithRepeatedLiberty > 0,
        "chains in atari with a liberty counted more than once occurred");
    assertTrue(coverage.suicidePoints > 0, "suicide points occurred");
  }

  private static void playInLockStep(int size, long seed, boolean check,
      BoardAgreement.Coverage coverage) {
    Board board = new Board(size);
    board.setRecordUndo(false);
    PlayoutBoard fast = new PlayoutBoard(size);
    XorShiftRandom boardRandom = new XorShiftRandom(seed);
    XorShiftRandom fastRandom = new XorShiftRandom(seed);
    int c = Stone.BLACK;
    int passes = 0;
    int maxMoves = 3 * size * size;
    int moves = 0;
    for (; passes < 2 && moves < maxMoves; moves++) {
      String where = size + "x" + size + " seed " + seed + " move " + moves;
      int expected = Playouts.choose(board, c, boardRandom);
      int chosen = RandomPlayout.choose(fast, c, fastRandom);
      if (chosen != expected) {
        fail(where + ": Board's policy chose vertex " + expected + ", the playout board's "
            + chosen + "\n" + board);
      }
      if (chosen < 0) {
        board.pass();
        fast.pass();
        passes++;
        coverage.passes++;
      } else {
        int capturesBefore = board.captures(c);
        board.play(chosen, c);
        fast.playLegal(chosen, c);
        passes = 0;
        int captured = board.captures(c) - capturesBefore;
        coverage.captures += captured > 0 ? 1 : 0;
        coverage.multiStoneCaptures += captured > 1 ? 1 : 0;
      }
      coverage.moves++;
      coverage.kos += board.koVertex() >= 0 ? 1 : 0;
      BoardAgreement.assertAgree(board, fast, where, coverage);
      if (check) {
        fast.checkConsistency();
      }
      c = 3 - c;
    }
    assertEquals(board.areaDifference(), fast.areaDifference(),
        size + "x" + size + " seed " + seed + ": area difference at the end");
  }

  @Test
  void wholePlayoutsGiveTheSameResultsAsBoard() {
    for (int size : new int[] {2, 3, 4, 5, 9, 19, 25}) {
      Playouts reference = new Playouts(size);
      RandomPlayout fast = new RandomPlayout(size);
      XorShiftRandom referenceRandom = new XorShiftRandom(77L + size);
      XorShiftRandom fastRandom = new XorShiftRandom(77L + size);
      int playouts = size <= 9 ? 1000 : 40;
      for (int i = 0; i < playouts; i++) {
        int expected = reference.playout(referenceRandom);
        assertEquals(expected, fast.playout(fastRandom), size + "x" + size + " playout " + i);
        BoardAgreement.assertAgree(reference.board(), fast.board(),
            size + "x" + size + " playout " + i, null);
      }
    }
  }
}
