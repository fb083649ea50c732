package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Color;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResignationTrackerTest {

  @Test
  void resignsAfterKConsecutiveOwnMovesBelowThreshold() {
    ResignationTracker t = new ResignationTracker(-0.9, 3, true);
    assertFalse(t.shouldResign(Color.BLACK, 10, -0.95));
    assertFalse(t.shouldResign(Color.WHITE, 11, -0.95)); // the other side's streak is separate
    assertFalse(t.shouldResign(Color.BLACK, 12, -0.95));
    assertFalse(t.shouldResign(Color.BLACK, 14, -0.5)); // streak broken
    assertFalse(t.shouldResign(Color.BLACK, 16, -0.95));
    assertFalse(t.shouldResign(Color.BLACK, 18, -0.95));
    assertTrue(t.shouldResign(Color.BLACK, 20, -0.95));
    assertEquals(20, t.wouldResignAtMove(Color.BLACK));
    assertFalse(t.wouldHaveResigned(Color.WHITE));
  }

  @Test
  void neverResignsWhenDisabledButRecordsWhenItWould() {
    ResignationTracker t = new ResignationTracker(-0.9, 2, false);
    for (int move = 0; move < 100; move += 2) {
      assertFalse(t.shouldResign(Color.WHITE, move, -1.0));
    }
    assertTrue(t.wouldHaveResigned(Color.WHITE));
    assertEquals(2, t.wouldResignAtMove(Color.WHITE));
  }

  /**
   * A 5x5 self-play game in which the evaluator says Black always loses (-1 for Black to move,
   * +1 for White to move), so every Black root value is -1. With resignation enabled Black
   * resigns at its third move (ply 4); with it disabled the game is played to its end.
   */
  @Test
  void selfPlayResignsOnlyWhenEnabled() {
    assertEquals(4, playHopelessGame(true));
    assertEquals(-1, playHopelessGame(false));
  }

  /** Returns the ply at which Black resigned, or -1 if the game ended without resignation. */
  private static int playHopelessGame(boolean resignEnabled) {
    SearchParams params = SearchParams.selfPlay().toBuilder()
        .visits(16).temperatureMoves(0).rootNoise(false).build();
    ScriptedPolicyValue blackLoses = new ScriptedPolicyValue((game, legal, priors) -> {
      java.util.Arrays.fill(priors, 1f);
      return game.toMove() == Color.BLACK ? -1f : 1f;
    });
    dev.tengen.games.Game game = new dev.tengen.games.Game(5, dev.tengen.games.Rules.DEFAULT);
    Search search = new Search(game, params, new SplittableRandom(1));
    SearchDriver driver = new SearchDriver(blackLoses, 5, 16);
    ResignationTracker tracker = new ResignationTracker(
        params.resignThreshold(), params.resignConsecutiveMoves(), resignEnabled);
    while (!game.isOver()) {
      SearchResult r = driver.searchMove(search);
      if (tracker.shouldResign(game.toMove(), game.moveNumber(), r.rootValue())) {
        assertEquals(Color.BLACK, game.toMove());
        return game.moveNumber();
      }
      game.play(r.action());
      search.advance(r.action());
    }
    assertTrue(tracker.wouldHaveResigned(Color.BLACK));
    assertFalse(tracker.wouldHaveResigned(Color.WHITE));
    return -1;
  }

  @Test
  void disabledShareDecidesPerGame() {
    SplittableRandom rng = new SplittableRandom(5);
    SearchParams never = SearchParams.selfPlay().toBuilder().resignDisabledShare(1.0).build();
    SearchParams always = SearchParams.selfPlay().toBuilder().resignDisabledShare(0.0).build();
    for (int i = 0; i < 50; i++) {
      assertFalse(ResignationTracker.forGame(never, rng).enabled());
      assertTrue(ResignationTracker.forGame(always, rng).enabled());
    }
    int disabled = 0;
    SearchParams tenth = SearchParams.selfPlay();
    for (int i = 0; i < 1000; i++) {
      disabled += ResignationTracker.forGame(tenth, new SplittableRandom(i)).enabled() ? 0 : 1;
    }
    // Seeds 0..999 are fixed, so this count is exact for this generator; it is near 10%.
    assertTrue(disabled > 70 && disabled < 130, "disabled " + disabled);
  }
}
