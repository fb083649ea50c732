package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.Game;
import dev.tengen.games.IllegalMoveException;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.KoRule;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgfReplayTest {
  /** The SGF point of a GTP vertex on 9x9. */
  private static String p(String vertex) {
    return SgfPoints.format(Actions.parseGtp(vertex, 9), 9);
  }

  private static int a(String vertex) {
    return Actions.parseGtp(vertex, 9);
  }

  @Test
  void sgfLettersLandOnTheRightTengenPoints() {
    Game game = SgfReader.read("(;SZ[9];B[cc];W[gg];B[ai];W[ia])").toGame();
    assertEquals(Stone.BLACK, game.stoneAt(a("C7")));
    assertEquals(Stone.WHITE, game.stoneAt(a("G3")));
    assertEquals(Stone.BLACK, game.stoneAt(a("A1")));
    assertEquals(Stone.WHITE, game.stoneAt(a("J9")));
    assertEquals(Stone.BLACK, game.stoneAt(0)); // action 0 is A1, the bottom-left corner
  }

  @Test
  void rulesAndKomiComeFromRuAndKm() {
    assertEquals(new Rules(KoRule.POSITIONAL_SUPERKO, false, 7.5), SgfReader.read("(;KM[7.5]RU[Chinese])").toGame().rules());
    assertEquals(new Rules(KoRule.SIMPLE, false, 6.5), SgfReader.read("(;KM[6.5]RU[Japanese])").toGame().rules());
    assertEquals(new Rules(KoRule.POSITIONAL_SUPERKO, false, 0), SgfReader.read("(;)").toGame().rules());
  }

  @Test
  void anOccupiedPointNamesTheMoveNumberAndItsPosition() {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[9]\n;B[ee];W[ee])").toGame());
    assertTrue(e.problem().startsWith("move 2 (W[ee] = E5) is illegal (OCCUPIED): "), e.problem());
    assertEquals(new SgfPosition(2, 9, 16), e.position());
    assertEquals(IllegalReason.OCCUPIED, ((IllegalMoveException) e.getCause()).reason());
  }

  @Test
  void koRecaptureIsIllegal() {
    // White D5 sits in Black's mouth; Black E5 takes it; White D5 at once retakes: ko.
    String text = "(;SZ[9]KM[7.5]AB[" + p("C5") + "][" + p("D6") + "][" + p("D4") + "]"
        + "AW[" + p("E6") + "][" + p("E4") + "][" + p("F5") + "][" + p("D5") + "]"
        + ";B[" + p("E5") + "];W[" + p("D5") + "])";
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read(text).toGame());
    IllegalReason reason = ((IllegalMoveException) e.getCause()).reason();
    assertTrue(reason == IllegalReason.KO || reason == IllegalReason.SUPERKO, reason.toString());
    assertTrue(e.problem().startsWith("move 2 (W[" + p("D5") + "] = D5) is illegal"), e.problem());
  }

  @Test
  void suicideIsIllegalUnderTengenDefaultsButNotTrompTaylor() {
    // White A1 B1 with Black on every neighbour but C1: White C1 kills its own three stones.
    String setup = "AB[" + p("A2") + "][" + p("B2") + "][" + p("C2") + "][" + p("D1") + "]AW[" + p("A1") + "]["
        + p("B1") + "];W[" + p("C1") + "])";
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[9]RU[Chinese]" + setup).toGame());
    assertTrue(e.problem().startsWith("move 1 (W[ci] = C1) is illegal (SUICIDE)"), e.problem());
    Game game = SgfReader.read("(;SZ[9]RU[tromp-taylor]" + setup).toGame();
    assertEquals(Stone.EMPTY, game.stoneAt(a("A1")));
    assertEquals(Stone.EMPTY, game.stoneAt(a("B1")));
    assertEquals(Stone.EMPTY, game.stoneAt(a("C1")));
    assertEquals(3, game.captures(Color.BLACK));
  }

  @Test
  void aMoveAfterTwoPassesIsIllegal() {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[9];B[];W[];B[ee])").toGame());
    assertTrue(e.problem().startsWith("move 3 (B[ee] = E5) is illegal (GAME_OVER)"), e.problem());
    assertEquals(new SgfPosition(1, 18, 17), e.position());
  }

  @Test
  void sameColourTwiceIsPlayedAfterAnImpliedPass() {
    Game game = SgfReader.read("(;SZ[9];B[ee];B[dd];W[cc])").toGame();
    assertEquals(
        List.of(Move.play(Color.BLACK, a("E5")), Move.pass(Color.WHITE, 9), Move.play(Color.BLACK, a("D6")),
            Move.play(Color.WHITE, a("C7"))),
        game.moves());
  }

  @Test
  void anImpliedPassThatEndsTheGameIsReported() {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[9];B[ee];W[];W[dd])").toGame());
    assertTrue(e.problem().startsWith("move 3 (W[dd] = D6) is illegal (GAME_OVER)"), e.problem());
    assertTrue(e.problem().endsWith("(WHITE moved twice in a row, so BLACK passed in between)"), e.problem());
  }

  @Test
  void whiteMayMoveFirstWithoutSetup() {
    Game game = SgfReader.read("(;SZ[9];W[ee];B[dd])").toGame();
    assertEquals(List.of(Move.play(Color.WHITE, a("E5")), Move.play(Color.BLACK, a("D6"))), game.moves());
  }

  @Test
  void handicapStonesAndWhiteFirst() {
    Game game = SgfReader.read("(;SZ[9]HA[2]KM[0.5]AB[gc][cg];W[ee])").toGame();
    assertEquals(Stone.BLACK, game.stoneAt(a("G7")));
    assertEquals(Stone.BLACK, game.stoneAt(a("C3")));
    assertEquals(Color.BLACK, game.toMove());
    assertEquals(List.of(Move.play(Color.WHITE, a("E5"))), game.moves());
  }

  @Test
  void aResignationResultEndsTheGame() {
    Game game = SgfReader.read("(;SZ[9]RE[W+R];B[ee];W[dd])").toGame();
    assertTrue(game.isOver());
    assertEquals(EndReason.RESIGNATION, game.result().reason());
    assertEquals(Color.BLACK, game.resignedBy());
    assertEquals("W+R", game.result().toSgf());
    assertFalse(SgfReader.read("(;SZ[9]RE[W+3.5];B[ee];W[dd])").toGame().isOver());
  }

  @Test
  void twoPassesEndTheGameWithTengensOwnCount() {
    Game game = SgfReader.read("(;SZ[9]KM[7.5]RE[B+81];B[ee];W[];B[])").toGame();
    assertTrue(game.isOver());
    assertEquals("B+73.5", game.result().toSgf()); // area 81 - 7.5; the file's RE is only text
  }

  @Test
  void firstMovesLoadsAPositionInTheMiddleOfAGame() {
    SgfGame record = SgfReader.read("(;SZ[9]RE[W+R];B[ee];W[dd];B[cc];W[gg])");
    Game game = record.firstMoves(2).toGame();
    assertEquals(List.of(Move.play(Color.BLACK, a("E5")), Move.play(Color.WHITE, a("D6"))), game.moves());
    assertFalse(game.isOver()); // the W+R of the whole game does not apply
    assertEquals(0, record.firstMoves(0).moves().size());
    assertThrows(IllegalArgumentException.class, () -> record.firstMoves(5));
  }

  @Test
  void theMoveCapCanBeChosen() {
    Game game = SgfReader.read("(;SZ[9];B[ee];W[dd];B[cc];W[gg])").toGame(4);
    assertTrue(game.isOver());
    assertEquals(EndReason.MOVE_CAP, game.result().reason());
    assertEquals(243, SgfReader.read("(;SZ[9])").toGame().moveCap());
  }

  @Test
  void komiThatTengenCannotPlayIsReported() {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[9]KM[6.75];B[ee])").toGame());
    assertEquals("KM[6.75]: Tengen's komi must be a multiple of 0.5", e.problem());
  }

  @Test
  void setupStonesWithoutLibertiesAreReported() {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read("(;SZ[2]AB[aa:bb])").toGame());
    assertTrue(e.problem().startsWith("the setup stones (AB, AW) cannot start a game: "), e.problem());
  }
}
