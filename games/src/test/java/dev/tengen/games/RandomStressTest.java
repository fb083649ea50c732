package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded random games on several sizes and rule sets. After every move: the full consistency
 * check; the position hash predicted before the move equals the one after it; a play/undo round
 * trip restores everything observable (compared with a copy taken before) and the board's
 * internals; stonesAgo reproduces every earlier position. Every few moves, a multi-ply undo and
 * replay.
 */
class RandomStressTest {

  @ParameterizedTest(name = "{0}x{0}, {1}, suicide allowed {2}, {3} games, seed {4}")
  @CsvSource({
    "5, POSITIONAL_SUPERKO, false, 30, 1",
    "5, SIMPLE, true, 30, 2",
    "7, POSITIONAL_SUPERKO, false, 12, 3",
    "7, POSITIONAL_SUPERKO, true, 12, 4",
    "9, POSITIONAL_SUPERKO, false, 6, 5",
    "9, SIMPLE, false, 6, 6",
    "13, POSITIONAL_SUPERKO, false, 2, 7",
    "19, POSITIONAL_SUPERKO, false, 3, 8",
    "19, SIMPLE, true, 2, 9",
  })
  void randomGamesStayConsistentAndUndoExactly(
      int size, KoRule ko, boolean suicide, int games, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rules rules = new Rules(ko, suicide, 7.5);
    Tally tally = new Tally();
    for (int g = 0; g < games; g++) {
      playOneGame(size, rules, random, tally);
    }
    assertTrue(tally.moves > games * size * size / 2, "games were played out: " + tally.moves);
    assertTrue(tally.captures > 0, "some moves captured");
    assertTrue(tally.kos > 0, "some moves made a ko");
    if (suicide) {
      assertTrue(tally.suicides > 0, "some moves were suicide");
    }
  }

  /** What the random games went through, so that the test is known to reach those paths. */
  private static final class Tally {
    int moves;
    int captures;
    int kos;
    int suicides;
  }

  private static void playOneGame(int size, Rules rules, SplittableRandom random, Tally tally) {
    Game game = new Game(size, rules);
    boolean[] mask = new boolean[game.numActions()];
    List<int[]> history = new ArrayList<>();
    history.add(stones(game));
    int[] out = new int[size * size];
    while (!game.isOver()) {
      int action = pick(game, mask, random);
      GameSnapshot before = GameSnapshot.of(game);
      Board boardBefore = game.board().copy();
      long predicted = action == game.passAction()
          ? game.positionHash()
          : game.board().hashAfter(game.board().vertex(action), game.toMoveStone());

      Color mover = game.toMove();
      int ownBefore = game.captures(mover);
      int theirsBefore = game.captures(mover.opponent());
      game.play(action);
      game.checkConsistency();
      tally.moves++;
      tally.captures += game.captures(mover) > ownBefore ? 1 : 0;
      tally.suicides += game.captures(mover.opponent()) > theirsBefore ? 1 : 0;
      tally.kos += game.koAction() >= 0 ? 1 : 0;
      assertEquals(predicted, game.positionHash(), "hashAfter predicted the position");
      assertEquals(game.area(Color.BLACK) - game.area(Color.WHITE), game.board().areaDifference());
      GameSnapshot after = GameSnapshot.of(game);

      game.undo();
      game.checkConsistency();
      assertEquals(before, GameSnapshot.of(game), "undo of " + Actions.toGtp(action, size));
      assertTrue(boardBefore.samePosition(game.board()), "undo restores the board internals");

      game.play(action);
      assertEquals(after, GameSnapshot.of(game), "replay of " + Actions.toGtp(action, size));
      history.add(stones(game));

      int n = game.moveNumber();
      int k = random.nextInt(n + 2);
      game.stonesAgo(k, out);
      assertArrayEquals(history.get(Math.max(0, n - k)), out, "stones " + k + " plies ago");

      if (n % 7 == 0 && n >= 5) {
        undoAndReplay(game, 1 + random.nextInt(5));
      }
    }
    assertTrue(game.result().toSgf().matches("[BW]\\+\\d+(\\.5)?|0"), game.result().toSgf());
  }

  /** Undoes several plies and replays them: the game must come back exactly. */
  private static void undoAndReplay(Game game, int plies) {
    GameSnapshot start = GameSnapshot.of(game);
    Board board = game.board().copy();
    int[] actions = new int[plies];
    for (int i = plies - 1; i >= 0; i--) {
      actions[i] = game.lastAction(0);
      game.undo();
    }
    game.checkConsistency();
    for (int a : actions) {
      game.play(a);
    }
    assertEquals(start, GameSnapshot.of(game));
    assertTrue(board.samePosition(game.board()));
  }

  /** A uniformly random legal action, pass only rarely (or when nothing else is legal). */
  private static int pick(Game game, boolean[] mask, SplittableRandom random) {
    int count = game.legalActions(mask);
    if (count == 1 || random.nextInt(50) == 0) {
      return game.passAction();
    }
    int target = random.nextInt(count - 1);
    for (int a = 0; a < game.passAction(); a++) {
      if (mask[a] && target-- == 0) {
        return a;
      }
    }
    throw new AssertionError("legal count " + count + " disagrees with the mask");
  }

  private static int[] stones(Game game) {
    int[] s = new int[game.passAction()];
    for (int a = 0; a < s.length; a++) {
      s[a] = game.stoneAt(a);
    }
    return s;
  }

  /**
   * The legal mask (with its superko filter, which skips hash lookups that cannot succeed)
   * equals a brute force that plays every empty point on a copy of the board and looks the
   * resulting position up among every position of the game; illegalReason agrees with both.
   * Random games with few passes capture a lot, so positions are often repeatable.
   */
  @ParameterizedTest(name = "{0}x{0}, suicide allowed {1}, {2} games, seed {3}")
  @CsvSource({
    "4, false, 100, 11",
    "5, false, 60, 12",
    "5, true, 60, 13",
    "7, false, 60, 14",
    "9, true, 20, 15",
  })
  void legalMaskEqualsBruteForceUnderSuperko(int size, boolean suicide, int games, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rules rules = new Rules(KoRule.POSITIONAL_SUPERKO, suicide, 7.5);
    int superkoOnly = 0;
    int captureRepeats = 0;
    for (int g = 0; g < games; g++) {
      Game game = new Game(size, rules);
      boolean[] mask = new boolean[game.numActions()];
      java.util.Map<Long, Integer> history = new java.util.HashMap<>();
      history.merge(game.positionHash(), 1, Integer::sum);
      while (!game.isOver()) {
        game.legalActions(mask);
        Board copy = game.board().copy();
        int c = game.toMoveStone();
        for (int a = 0; a < game.passAction(); a++) {
          int v = copy.vertex(a);
          boolean legal = copy.stone(v) == Stone.EMPTY
              && !(v == copy.koVertex() && c == copy.koStone());
          if (legal) {
            int stonesBefore = copy.stoneCount();
            copy.play(v, c);
            boolean suicided = copy.stone(v) == Stone.EMPTY;
            boolean repeats = history.containsKey(copy.positionHash());
            boolean captured = copy.stoneCount() < stonesBefore + 1;
            copy.undo();
            legal = !(suicided && !suicide) && !repeats;
            if (repeats && !suicided) {
              superkoOnly++;
              captureRepeats += captured ? 1 : 0;
            }
          }
          assertEquals(legal, mask[a], "mask at " + Actions.toGtp(a, size) + " in\n" + game);
          assertEquals(legal, game.isLegal(a), "isLegal at " + Actions.toGtp(a, size));
        }
        int action = pick(game, mask, random);
        game.play(action);
        history.merge(game.positionHash(), 1, Integer::sum);
      }
      game.checkConsistency();
    }
    assertTrue(superkoOnly > 0, "some moves were illegal by superko alone");
    assertTrue(superkoOnly > captureRepeats, "some non-capturing moves repeated a position");
  }
}
