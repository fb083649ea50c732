package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Game behaviour at the API: illegal moves, end of game, setup, history queries, copies. */
class GameTest {
  /** 5x5: Black B4 A3 B2, White C4 B3 D3 C2; Black to play C3 captures B3 into a ko. */
  private static Game koGame(Rules rules) {
    return Game.withSetup(5, rules, 100, actions(5, "B4", "A3", "B2"),
        actions(5, "C4", "B3", "D3", "C2"), Color.BLACK);
  }

  private static int[] actions(int size, String... vertices) {
    int[] a = new int[vertices.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = Actions.parseGtp(vertices[i], size);
    }
    return a;
  }

  private static int at(String vertex, int size) {
    return Actions.parseGtp(vertex, size);
  }

  private static void assertIllegalLeavesGameUnchanged(
      Game game, int action, IllegalReason reason) {
    GameSnapshot before = GameSnapshot.of(game);
    Board board = game.board().copy();
    assertEquals(reason, game.illegalReason(action));
    assertFalse(game.isLegal(action));
    IllegalMoveException e = assertThrows(IllegalMoveException.class, () -> game.play(action));
    assertEquals(reason, e.reason());
    assertTrue(e.getMessage().contains(Actions.toGtp(action, game.size())), e.getMessage());
    assertEquals(before, GameSnapshot.of(game));
    assertTrue(board.samePosition(game.board()));
    game.checkConsistency();
  }

  @Test
  void occupiedPointIsIllegalAndLeavesTheGameUnchanged() {
    Game game = new Game(9, Rules.DEFAULT);
    game.play(at("E5", 9));
    assertIllegalLeavesGameUnchanged(game, at("E5", 9), IllegalReason.OCCUPIED);
  }

  @Test
  void koRetakeIsIllegalAndLeavesTheGameUnchanged() {
    Game game = koGame(Rules.DEFAULT);
    game.play(at("C3", 5));
    assertEquals(at("B3", 5), game.koAction());
    assertIllegalLeavesGameUnchanged(game, at("B3", 5), IllegalReason.KO);
    game.play(game.passAction());
    assertEquals(-1, game.koAction(), "a pass lifts the ko for the next player");
  }

  @Test
  void suicideIsIllegalUnlessTheRulesAllowIt() {
    // 5x5: White A2 and B1 surround A1.
    int[] white = actions(5, "A2", "B1");
    Game game = Game.withSetup(5, Rules.DEFAULT, 100, new int[0], white, Color.BLACK);
    assertIllegalLeavesGameUnchanged(game, at("A1", 5), IllegalReason.SUICIDE);

    Game allowed = Game.withSetup(5, Rules.DEFAULT.withSuicideAllowed(true).withKo(KoRule.SIMPLE),
        100, new int[0], white, Color.BLACK);
    allowed.play(at("A1", 5));
    assertEquals(Stone.EMPTY, allowed.stoneAt(at("A1", 5)), "the suicided stone is removed");
    assertEquals(1, allowed.captures(Color.WHITE), "a suicide counts for the opponent");
    allowed.checkConsistency();
    allowed.undo();
    assertEquals(0, allowed.captures(Color.WHITE));
  }

  @Test
  void singleStoneSuicideRepeatsThePositionSoSuperkoForbidsItEvenWhenSuicideIsAllowed() {
    int[] white = actions(5, "A2", "B1");
    Game game = Game.withSetup(5, Rules.DEFAULT.withSuicideAllowed(true), 100, new int[0], white,
        Color.BLACK);
    assertEquals(IllegalReason.SUPERKO, game.illegalReason(at("A1", 5)));
  }

  @Test
  void superkoRepetitionIsIllegalAndLeavesTheGameUnchanged() {
    Map<String, Object> triple = OracleCases.load("scenarios").stream()
        .filter(r -> "triple_ko_cycle".equals(r.get("name"))).findFirst().orElseThrow();
    List<String> setup = OracleCases.strings(triple.get("setup"));
    int[] black = setup.stream().filter(s -> s.startsWith("B"))
        .mapToInt(s -> at(s.substring(2), 9)).toArray();
    int[] white = setup.stream().filter(s -> s.startsWith("W"))
        .mapToInt(s -> at(s.substring(2), 9)).toArray();
    Game game = Game.withSetup(9, Rules.DEFAULT, 100, black, white, Color.BLACK);
    for (String v : new String[] {"E8", "D5", "E2", "D8", "E5"}) {
      game.play(at(v, 9));
    }
    assertIllegalLeavesGameUnchanged(game, at("D2", 9), IllegalReason.SUPERKO);
    assertIllegalLeavesGameUnchanged(game, at("D5", 9), IllegalReason.KO);
  }

  @Test
  void movesAfterTheEndAreIllegalAndLeaveTheGameUnchanged() {
    Game game = new Game(5, Rules.DEFAULT);
    game.play(game.passAction());
    assertFalse(game.isOver());
    game.play(game.passAction());
    assertTrue(game.isOver());
    assertIllegalLeavesGameUnchanged(game, at("C3", 5), IllegalReason.GAME_OVER);
    assertIllegalLeavesGameUnchanged(game, game.passAction(), IllegalReason.GAME_OVER);
    boolean[] mask = new boolean[game.numActions()];
    assertEquals(0, game.legalActions(mask));
    assertEquals(GameResult.byScore(-7.5, EndReason.TWO_PASSES), game.result());
    assertEquals("W+7.5", game.result().toSgf());
  }

  @Test
  void outOfRangeActionsAndOutOfTurnMovesAreCallerErrors() {
    Game game = new Game(9, Rules.DEFAULT);
    assertThrows(IllegalArgumentException.class, () -> game.play(82));
    assertThrows(IllegalArgumentException.class, () -> game.play(-1));
    assertThrows(IllegalArgumentException.class, () -> game.play(Move.play(Color.WHITE, 0)));
    game.play(Move.play(Color.BLACK, 0));
    assertEquals(Color.WHITE, game.toMove());
    assertEquals(Stone.WHITE, game.toMoveStone());
  }

  @Test
  void resignationEndsTheGameAndCanBeUndone() {
    Game game = new Game(9, Rules.DEFAULT);
    game.play(at("E5", 9));
    assertThrows(IllegalStateException.class, game::result);
    game.resign(Color.WHITE);
    assertTrue(game.isOver());
    assertEquals(GameResult.resignation(Color.BLACK), game.result());
    assertEquals("B+R", game.result().toSgf());
    assertEquals(EndReason.RESIGNATION, game.result().reason());
    assertEquals(1, game.moveNumber(), "a resignation is not a ply");
    assertEquals(List.of(Move.play(Color.BLACK, at("E5", 9)), Move.resign(Color.WHITE)), game.moves());
    assertThrows(IllegalMoveException.class, () -> game.resign(Color.BLACK));
    game.undo();
    assertFalse(game.isOver());
    assertEquals(Color.WHITE, game.toMove());
    game.play(Move.resign(Color.BLACK));
    assertEquals("W+R", game.result().toSgf());
  }

  @Test
  void theMoveCapEndsTheGameWithTheTrompTaylorScore() {
    Game game = new Game(5, Rules.DEFAULT.withKomi(0.5), 3);
    game.play(at("C3", 5));
    game.play(game.passAction());
    assertFalse(game.isOver());
    game.play(at("D3", 5));
    assertTrue(game.isOver());
    assertEquals(3, game.moveNumber());
    assertEquals(new GameResult(Color.BLACK, 24.5, EndReason.MOVE_CAP), game.result());
    assertEquals(IllegalReason.GAME_OVER, game.illegalReason(game.passAction()));
    game.undo();
    assertFalse(game.isOver());
    assertEquals(75, new Game(5, Rules.DEFAULT).moveCap());
    assertThrows(IllegalArgumentException.class, () -> new Game(5, Rules.DEFAULT, 0));
  }

  @Test
  void setupStonesFormTheStartingPosition() {
    Game game = Game.withSetup(9, Rules.DEFAULT, 50, actions(9, "C3", "G7"), actions(9, "E5"),
        Color.WHITE);
    assertEquals(Stone.BLACK, game.stoneAt(at("C3", 9)));
    assertEquals(Stone.BLACK, game.stoneAt(at("G7", 9)));
    assertEquals(Stone.WHITE, game.stoneAt(at("E5", 9)));
    assertEquals(Color.WHITE, game.toMove());
    assertEquals(0, game.moveNumber());
    assertEquals(-1, game.lastAction(0));
    assertThrows(IllegalStateException.class, game::undo);
    game.play(at("D4", 9));
    assertEquals(List.of(Move.play(Color.WHITE, at("D4", 9))), game.moves());
    assertEquals(Color.BLACK, game.toMove());
    game.checkConsistency();
    game.undo();
    assertEquals(Stone.BLACK, game.stoneAt(at("C3", 9)), "undo stops at the setup");
  }

  @Test
  void badSetupsAreRejectedNamingThePoint() {
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> Game.withSetup(9, Rules.DEFAULT, 50, actions(9, "C3"), actions(9, "C3"), Color.BLACK));
    assertTrue(twice.getMessage().contains("C3"), twice.getMessage());
    IllegalArgumentException dead = assertThrows(IllegalArgumentException.class,
        () -> Game.withSetup(9, Rules.DEFAULT, 50, actions(9, "A1"), actions(9, "A2", "B1"),
            Color.BLACK));
    assertTrue(dead.getMessage().contains("liberties"), dead.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Game.withSetup(9, Rules.DEFAULT, 50, new int[] {81}, new int[0], Color.BLACK));
  }

  @Test
  void historyQueriesSeeEarlierPlies() {
    Game game = new Game(5, Rules.DEFAULT);
    int[] empty = new int[25];
    game.play(at("C3", 5));
    int[] afterOne = new int[25];
    game.stonesAgo(0, afterOne);
    game.play(game.passAction());
    game.play(at("D3", 5));
    assertEquals(at("D3", 5), game.lastAction(0));
    assertEquals(game.passAction(), game.lastAction(1));
    assertEquals(at("C3", 5), game.lastAction(2));
    assertEquals(-1, game.lastAction(3));
    int[] out = new int[25];
    game.stonesAgo(2, out);
    assertArrayEquals(afterOne, out);
    game.stonesAgo(3, out);
    assertArrayEquals(empty, out);
    game.stonesAgo(10, out);
    assertArrayEquals(empty, out, "before the start: the starting position");
    game.stonesAgo(0, out);
    assertEquals(Stone.BLACK, out[at("D3", 5)]);
    assertThrows(IllegalArgumentException.class, () -> game.lastAction(-1));
    assertThrows(IllegalArgumentException.class, () -> game.stonesAgo(0, new int[24]));
  }

  @Test
  void libertiesAreExactForChainsSharingLiberties() {
    // Black C3 D3 C4 (an L) and a lone black E4: the L has 7 liberties, not 8.
    Game game = Game.withSetup(9, Rules.DEFAULT, 50, actions(9, "C3", "D3", "C4", "E4"),
        new int[0], Color.BLACK);
    assertEquals(7, game.liberties(at("C3", 9)));
    assertEquals(7, game.liberties(at("C4", 9)));
    assertEquals(4, game.liberties(at("E4", 9)));
    game.play(at("D4", 9)); // joins both: B3 C2 D2 E3 B4 C5 D5 E5 F4
    assertEquals(9, game.liberties(at("E4", 9)));
    assertEquals(9, game.liberties(at("C3", 9)));
    assertEquals(0, game.liberties(at("J9", 9)));
  }

  @Test
  void hashDistinguishesSideToMoveAndKoButPositionHashDoesNot() {
    Game ko = koGame(Rules.DEFAULT);
    ko.play(at("C3", 5));
    // The same stones with White to move, set up directly: no ko point.
    Game noKo = Game.withSetup(5, Rules.DEFAULT, 100, actions(5, "B4", "A3", "B2", "C3"),
        actions(5, "C4", "D3", "C2"), Color.WHITE);
    assertEquals(ko.positionHash(), noKo.positionHash());
    assertEquals(at("B3", 5), ko.koAction());
    assertEquals(-1, noKo.koAction());
    assertNotEquals(ko.hash(), noKo.hash(), "the ko point is part of hash()");

    Game a = new Game(9, Rules.DEFAULT);
    Game b = new Game(9, Rules.DEFAULT);
    a.play(a.passAction());
    assertEquals(a.positionHash(), b.positionHash());
    assertNotEquals(a.hash(), b.hash(), "the side to move is part of hash()");
    assertEquals(0, b.positionHash(), "the empty board hashes to 0");
  }

  @Test
  void copiesAreIndependent() {
    Game game = koGame(Rules.DEFAULT);
    game.play(at("C3", 5));
    Game copy = game.copy();
    assertEquals(GameSnapshot.of(game), GameSnapshot.of(copy));
    copy.play(at("E5", 5));
    copy.undo();
    copy.undo();
    copy.checkConsistency();
    assertEquals(Stone.BLACK, game.stoneAt(at("C3", 5)));
    assertEquals(Stone.EMPTY, copy.stoneAt(at("C3", 5)));
    assertEquals(1, game.moveNumber());
    game.checkConsistency();
  }

  @Test
  void areaCountsStonesAndSurroundedEmptyPoints() {
    // 5x5: a black wall on column B and a white wall on column D.
    Game game = Game.withSetup(5, Rules.DEFAULT.withKomi(2), 50,
        actions(5, "B1", "B2", "B3", "B4", "B5"), actions(5, "D1", "D2", "D3", "D4", "D5"),
        Color.BLACK);
    assertEquals(10, game.area(Color.BLACK));
    assertEquals(10, game.area(Color.WHITE));
    assertEquals(-2.0, game.areaScore());
    game.play(at("C3", 5));
    assertEquals(11, game.area(Color.BLACK), "column C now touches both: only the stone counts");
    assertEquals(10, game.area(Color.WHITE));
  }

  @Test
  void illegalReasonForEitherColourAnswersGtpIsLegal() {
    Game game = koGame(Rules.DEFAULT);
    game.play(at("C3", 5));
    assertEquals(IllegalReason.KO, game.illegalReason(at("B3", 5), Color.WHITE));
    assertNull(game.illegalReason(at("B3", 5), Color.BLACK), "filling the ko is legal for Black");
    assertTrue(game.isLegal(at("B3", 5), Color.BLACK));
  }
}
