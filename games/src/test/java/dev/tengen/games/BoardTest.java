package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The board on its own: layout, chains, captures, ko point, eyes, undo modes, the checker. */
class BoardTest {
  private static int v(Board b, String gtp) {
    return b.vertex(Actions.parseGtp(gtp, b.size()));
  }

  @Test
  void everyPointHasFourValidNeighboursAndDiagonals() {
    for (int size = Actions.MIN_SIZE; size <= Actions.MAX_SIZE; size++) {
      Board b = new Board(size);
      Set<Integer> seen = new HashSet<>();
      for (int a = 0; a < size * size; a++) {
        int p = b.vertex(a);
        assertEquals(a, b.action(p));
        assertTrue(seen.add(p));
        int w = b.stride();
        for (int n : new int[] {p - 1, p + 1, p - w, p + w, p - w - 1, p - w + 1, p + w - 1, p + w + 1}) {
          assertTrue(n >= 0 && n < b.vertexCount(), "size " + size + " point " + a);
          assertEquals(b.action(n) < 0 ? Board.BORDER : Stone.EMPTY, b.stone(n));
        }
      }
      assertEquals(size * size, b.emptyCount());
      b.checkConsistency();
    }
  }

  @Test
  void capturesRemoveChainsAndCreditTheCapturer() {
    Board b = new Board(5);
    b.play(v(b, "A2"), Stone.WHITE);
    b.play(v(b, "A1"), Stone.BLACK);
    assertEquals(1, b.liberties(v(b, "A1")));
    assertTrue(b.isCapture(v(b, "B1"), Stone.WHITE));
    assertFalse(b.isCapture(v(b, "B1"), Stone.BLACK));
    b.play(v(b, "B1"), Stone.WHITE);
    assertEquals(Stone.EMPTY, b.stone(v(b, "A1")));
    assertEquals(1, b.captures(Stone.WHITE));
    assertEquals(3, b.liberties(v(b, "A2")), "A1 came back as a liberty");
    b.checkConsistency();
  }

  @Test
  void koPointIsSetOnlyForASingleStoneRetakeable() {
    // Black B4 A3 B2, White C4 B3 D3 C2; Black C3 captures B3 and sits in atari alone.
    Board b = new Board(5);
    for (String s : new String[] {"B4", "A3", "B2"}) {
      b.play(v(b, s), Stone.BLACK);
    }
    for (String s : new String[] {"C4", "B3", "D3", "C2"}) {
      b.play(v(b, s), Stone.WHITE);
    }
    b.play(v(b, "C3"), Stone.BLACK);
    assertEquals(v(b, "B3"), b.koVertex());
    assertEquals(Stone.WHITE, b.koStone());
    assertFalse(b.isLegal(v(b, "B3"), Stone.WHITE));
    assertTrue(b.isLegal(v(b, "B3"), Stone.BLACK));
    b.pass();
    assertEquals(-1, b.koVertex());
    assertTrue(b.isLegal(v(b, "B3"), Stone.WHITE));
    b.undo();
    assertEquals(v(b, "B3"), b.koVertex(), "undo of the pass restores the ko");
  }

  @Test
  void eyesNeedAllFourNeighboursAndNoBadDiagonals() {
    Board b = new Board(5);
    for (String s : new String[] {"A2", "B1"}) {
      b.play(v(b, s), Stone.BLACK);
    }
    assertTrue(b.isEyeOf(v(b, "A1"), Stone.BLACK), "corner eye");
    assertFalse(b.isEyeOf(v(b, "A1"), Stone.WHITE));
    b.play(v(b, "B2"), Stone.WHITE);
    assertFalse(b.isEyeOf(v(b, "A1"), Stone.BLACK), "an enemy diagonal on the edge makes it false");
    Board c = new Board(5);
    for (String s : new String[] {"C2", "B3", "D3", "C4"}) {
      c.play(v(c, s), Stone.BLACK);
    }
    assertTrue(c.isEyeOf(v(c, "C3"), Stone.BLACK));
    c.play(v(c, "B2"), Stone.WHITE);
    assertTrue(c.isEyeOf(v(c, "C3"), Stone.BLACK), "one enemy diagonal in the centre is fine");
    c.play(v(c, "D4"), Stone.WHITE);
    assertFalse(c.isEyeOf(v(c, "C3"), Stone.BLACK), "two make it false");
  }

  @Test
  void playingOnAStoneOrWithABadColourIsRejected() {
    Board b = new Board(5);
    b.play(v(b, "C3"), Stone.BLACK);
    assertThrows(IllegalArgumentException.class, () -> b.play(v(b, "C3"), Stone.WHITE));
    assertThrows(IllegalArgumentException.class, () -> b.play(v(b, "C4"), Stone.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> b.play(0, Stone.BLACK));
    b.checkConsistency();
  }

  @Test
  void withoutUndoRecordingTheBoardPlaysButCannotUndo() {
    Board b = new Board(9);
    b.setRecordUndo(false);
    b.play(v(b, "E5"), Stone.BLACK);
    b.pass();
    assertEquals(0, b.undoDepth());
    assertThrows(IllegalStateException.class, b::undo);
    b.checkConsistency();
    Board copy = new Board(9);
    copy.copyFrom(b);
    assertTrue(copy.samePosition(b));
    assertThrows(IllegalArgumentException.class, () -> new Board(7).copyFrom(b));
  }

  @Test
  void theCheckerReportsTheFirstBrokenInvariant() {
    assertBroken(Board.Field.LIBERTIES, "C3", 5, "liberties");
    assertBroken(Board.Field.SIZE, "C3", 3, "size");
    assertBroken(Board.Field.HEAD, "C4", 0, "head");
    assertBroken(Board.Field.COLOR, "A1", Stone.BLACK, "chain at A1");
    assertBroken(Board.Field.COLOR, "A1", 7, "holds 7");
  }

  /** A board with a black chain C3-C4 and one field overwritten must fail the check. */
  private static void assertBroken(Board.Field field, String vertex, int value, String expected) {
    Board b = new Board(5);
    b.play(v(b, "C3"), Stone.BLACK);
    b.play(v(b, "C4"), Stone.BLACK);
    b.checkConsistency();
    b.overwriteForTesting(field, v(b, vertex), value);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::checkConsistency);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void hashAfterPredictsCapturesAndSuicides() {
    Board b = new Board(5);
    b.play(v(b, "A2"), Stone.WHITE);
    b.play(v(b, "A1"), Stone.BLACK);
    long predicted = b.hashAfter(v(b, "B1"), Stone.WHITE);
    b.play(v(b, "B1"), Stone.WHITE);
    assertEquals(predicted, b.positionHash());
    // Black at A1 now is suicide: the position would not change.
    assertTrue(b.isSuicide(v(b, "A1"), Stone.BLACK));
    assertEquals(b.positionHash(), b.hashAfter(v(b, "A1"), Stone.BLACK));
    b.play(v(b, "A1"), Stone.BLACK);
    assertEquals(Stone.EMPTY, b.stone(v(b, "A1")));
    assertEquals(2, b.captures(Stone.WHITE), "the capture of A1 and Black's suicide at A1");
    b.checkConsistency();
  }

  @Test
  void textShowsTheTopRowFirst() {
    Board b = new Board(3);
    b.play(v(b, "A3"), Stone.BLACK);
    b.play(v(b, "C1"), Stone.WHITE);
    assertEquals("X..\n...\n..O\n", b.toString());
  }

  @Test
  void swappingEmptiesReordersTheListOnlyAndUndoRestoresIt() {
    Board b = new Board(5);
    b.play(v(b, "C3"), Stone.BLACK);
    Board before = b.copy();
    int n = b.emptyCount();
    int first = b.emptyVertex(0);
    int last = b.emptyVertex(n - 1);
    b.swapEmpty(0, n - 1);
    assertEquals(last, b.emptyVertex(0));
    assertEquals(first, b.emptyVertex(n - 1));
    assertEquals(24, b.emptyCount());
    assertEquals(1, b.stoneCount());
    b.checkConsistency(); // the empty list and each point's position in it still agree
    assertTrue(before.samePosition(b));
    b.undo(); // the swap was logged with C3: undo restores the list exactly
    assertEquals(25, b.emptyCount());
    for (int i = 0; i < 25; i++) {
      assertEquals(new Board(5).emptyVertex(i), b.emptyVertex(i), "entry " + i);
    }
    b.checkConsistency();
  }

  @Test
  void areaDifferenceIsBlackAreaMinusWhiteArea() {
    Board b = new Board(5);
    assertEquals(0, b.areaDifference());
    for (String p : new String[] {"B1", "B2", "B3", "B4", "B5"}) {
      b.play(v(b, p), Stone.BLACK);
    }
    for (String p : new String[] {"D1", "D2", "D3", "D4"}) {
      b.play(v(b, p), Stone.WHITE);
    }
    // Black: 5 stones and column A; White: 4 stones; C1..C5, D5 and column E reach both.
    assertEquals(10, b.area(Stone.BLACK));
    assertEquals(4, b.area(Stone.WHITE));
    assertEquals(6, b.areaDifference());
    assertEquals(9, b.stoneCount());
  }

  @Test
  void onePointRegionsScoreByTheirNeighboursOnly() {
    // Every empty point is a one-point region (the shortcut of the score, no flood fill):
    //   4 . X O .    A4, B3, A2: only Black around (with the border); D4, D2: only White;
    //   3 X . X O    B1: both colours, so nobody's.
    //   2 . X O .
    //   1 X . O O
    //     A B C D
    Board b = new Board(4);
    for (String p : new String[] {"B4", "A3", "C3", "B2", "A1"}) {
      b.play(v(b, p), Stone.BLACK);
    }
    for (String p : new String[] {"C4", "D3", "C2", "C1", "D1"}) {
      b.play(v(b, p), Stone.WHITE);
    }
    b.checkConsistency();
    assertEquals(6, b.emptyCount());
    assertEquals(5 + 3, b.area(Stone.BLACK)); // A4, B3, A2
    assertEquals(5 + 2, b.area(Stone.WHITE)); // D4, D2
    assertEquals(1, b.areaDifference()); // B1 touches both and counts for neither
  }
}
