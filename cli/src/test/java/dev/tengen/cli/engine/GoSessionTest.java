package dev.tengen.cli.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.IllegalMoveException;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GTP game state: either colour may move, two passes do not stop the controller, undo. */
class GoSessionTest {
  private static int at(String vertex) {
    return Actions.parseGtp(vertex, 5);
  }

  @Test
  void outOfTurnMovesStartANewSegmentAndUndoRestoresTheOldOne() {
    GoSession session = new GoSession(5, Rules.DEFAULT);
    session.play(Color.BLACK, at("C3"));
    int generation = session.generation();
    session.play(Color.BLACK, at("D3"));
    assertNotEquals(generation, session.generation());
    assertEquals(Color.WHITE, session.toMove());
    assertEquals(List.of(Move.play(Color.BLACK, at("C3")), Move.play(Color.BLACK, at("D3"))),
        session.moves());
    assertTrue(session.undo());
    assertEquals(Stone.EMPTY, session.game().stoneAt(at("D3")));
    assertEquals(Color.WHITE, session.toMove());
    assertTrue(session.undo());
    assertTrue(session.isEmptyBoard());
    assertFalse(session.undo());
  }

  @Test
  void capturesAreCountedAcrossSegments() {
    GoSession session = new GoSession(5, Rules.DEFAULT);
    session.play(Color.WHITE, at("A1"));
    session.play(Color.BLACK, at("A2"));
    session.play(Color.WHITE, at("E5"));
    session.play(Color.BLACK, at("B1"));
    assertEquals(1, session.captures(Color.BLACK));
    session.play(Color.BLACK, at("E4"));
    session.play(Color.BLACK, at("D5"));
    assertEquals(2, session.captures(Color.BLACK));
    session.undo();
    assertEquals(1, session.captures(Color.BLACK));
  }

  @Test
  void playAfterTwoPassesContinuesTheGame() {
    GoSession session = new GoSession(5, Rules.DEFAULT);
    session.play(Color.BLACK, Actions.pass(5));
    session.play(Color.WHITE, Actions.pass(5));
    assertTrue(session.game().isOver());
    assertNull(session.illegalReason(Color.BLACK, at("C3")));
    session.play(Color.BLACK, at("C3"));
    assertFalse(session.game().isOver());
    assertEquals(Color.WHITE, session.toMove());
  }

  @Test
  void illegalMovesLeaveTheSessionUnchanged() {
    GoSession session = new GoSession(5, Rules.DEFAULT);
    session.play(Color.BLACK, at("C3"));
    assertEquals(IllegalReason.OCCUPIED, session.illegalReason(Color.WHITE, at("C3")));
    assertEquals(IllegalReason.OCCUPIED, session.illegalReason(Color.BLACK, at("C3")));
    assertThrows(IllegalMoveException.class, () -> session.play(Color.WHITE, at("C3")));
    assertEquals(1, session.moves().size());
  }

  @Test
  void komiChangesKeepTheMovesAndHandicapSetupIsKept() {
    GoSession session = new GoSession(9, Rules.DEFAULT);
    session.restart(Handicap.fixed(9, 2), new int[0], Color.WHITE);
    session.play(Color.WHITE, Actions.parseGtp("E5", 9));
    session.setKomi(0.5);
    assertEquals(0.5, session.rules().komi());
    assertEquals(1, session.moves().size());
    assertArrayEquals(Handicap.fixed(9, 2), session.setupBlack());
    assertEquals(Stone.WHITE, session.game().stoneAt(Actions.parseGtp("E5", 9)));
    assertEquals(Color.BLACK, session.toMove());
  }

  @Test
  void fixedHandicapPointsFollowGtp() {
    assertArrayEquals(new int[] {Actions.parseGtp("D4", 19), Actions.parseGtp("Q16", 19),
        Actions.parseGtp("D16", 19), Actions.parseGtp("Q4", 19), Actions.parseGtp("K10", 19)},
        Handicap.fixed(19, 5));
    assertEquals(4, Handicap.maxFixed(8));
    assertEquals(4, Handicap.maxFixed(7));
    assertEquals(0, Handicap.maxFixed(6));
    assertThrows(IllegalArgumentException.class, () -> Handicap.fixed(8, 5));
  }
}
