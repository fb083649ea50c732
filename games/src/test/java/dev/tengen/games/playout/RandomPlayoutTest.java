package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Stone;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomPlayoutTest {

  @Test
  void playoutsEndWithNoAcceptableMoveAndReturnTheArea() {
    int endedByPasses = 0;
    for (int size = 2; size <= 25; size++) {
      RandomPlayout playout = new RandomPlayout(size);
      XorShiftRandom random = new XorShiftRandom(size);
      for (int i = 0; i < (size <= 9 ? 50 : 3); i++) {
        int difference = playout.playout(random);
        PlayoutBoard b = playout.board();
        b.checkConsistency();
        assertEquals(b.areaDifference(), difference);
        int moves = playout.lastMoves();
        assertTrue(moves > 0 && moves <= 3 * size * size);
        if (moves < 3 * size * size) {
          // Two passes: the last to pass had no acceptable point, and nothing has changed.
          int last = (moves - 1) % 2 == 0 ? Stone.BLACK : Stone.WHITE;
          endedByPasses++;
          for (int k = 0; k < b.emptyCount(); k++) {
            int v = b.emptyVertex(k);
            assertFalse(!b.isEyeOf(v, last) && b.isLegal(v, last), size + "x" + size
                + " playout " + i + ": the last to pass could have played " + v + "\n" + b);
          }
        }
        assertTrue(Math.abs(difference) <= size * size);
      }
    }
    assertTrue(endedByPasses > 300, endedByPasses + " playouts ended by two passes");
  }

  @Test
  void sameSeedSamePlayouts() {
    RandomPlayout a = new RandomPlayout(9);
    RandomPlayout b = new RandomPlayout(9);
    XorShiftRandom ra = new XorShiftRandom(11);
    XorShiftRandom rb = new XorShiftRandom(11);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.playout(ra), b.playout(rb));
      assertEquals(a.board().toString(), b.board().toString());
    }
  }

  @Test
  void chooseIsUniformOverAcceptablePointsAndChangesOnlyTheListOrder() {
    // Black to move; A1 is Black's eye, E5 is suicide for Black, the other 19 empty points
    // are acceptable.
    PlayoutBoard start = Twin.of(
        "...O.",
        "....O",
        ".....",
        "X....",
        ".X...").fast;
    assertTrue(start.isEyeOf(start.vertex(0), Stone.BLACK));
    assertTrue(start.isSuicide(start.vertex(24), Stone.BLACK));
    PlayoutBoard b = new PlayoutBoard(5);
    XorShiftRandom random = new XorShiftRandom(5);
    Map<Integer, Integer> counts = new HashMap<>();
    int draws = 60_000;
    int acceptable = 0;
    for (int k = 0; k < start.emptyCount(); k++) {
      int v = start.emptyVertex(k);
      acceptable += !start.isEyeOf(v, Stone.BLACK) && start.isLegal(v, Stone.BLACK) ? 1 : 0;
    }
    for (int i = 0; i < draws; i++) {
      b.copyFrom(start);
      int v = RandomPlayout.choose(b, Stone.BLACK, random);
      assertTrue(!start.isEyeOf(v, Stone.BLACK) && start.isLegal(v, Stone.BLACK),
          "chose " + v);
      counts.merge(v, 1, Integer::sum);
      assertEquals(start.toString(), b.toString());
      assertEquals(start.emptyCount(), b.emptyCount());
      b.checkConsistency();
    }
    assertEquals(19, acceptable);
    assertEquals(acceptable, counts.size(), "every acceptable point was chosen");
    double expected = draws / (double) acceptable;
    for (int count : counts.values()) {
      assertTrue(Math.abs(count - expected) < 0.08 * expected, "count " + count + " of "
          + expected);
    }
  }

  @Test
  void passesWhenNothingIsAcceptable() {
    PlayoutBoard b = Twin.of(
        "O.",
        ".O").fast;
    assertEquals(-1, RandomPlayout.choose(b, Stone.BLACK, new XorShiftRandom(1)),
        "both points are suicide for Black");
    assertEquals(-1, RandomPlayout.choose(b, Stone.WHITE, new XorShiftRandom(1)),
        "both points are White's eyes");
  }
}
