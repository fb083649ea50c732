package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Move;
import dev.tengen.mcts.SearchParams;
import org.junit.jupiter.api.Test;

/** Tengen's search as a player, over a stand-in evaluator (no network needed). */
class SearchPlayerTest {

  @Test
  void matchParamsAreNoiselessWithTheGivenVisits() {
    SearchParams params = SearchContestant.matchParams(64);
    assertEquals(64, params.fullVisits());
    assertEquals(64, params.fastVisits());
    assertFalse(params.rootNoise());
    assertEquals(0.0, params.temperatureAt(0), 0);
  }

  @Test
  void searchPlaysWholeLegalGamesSeveralAtOnce() throws Exception {
    SearchContestant tengen = new SearchContestant("area-mcts", new AreaPolicyValue(),
        SearchContestant.matchParams(64), false, 3);
    MatchResult r = Match.builder(new MatchSettings("mcts", MatchTest.FIVE, 4, 2, true), tengen,
        RandomPlayer.contestant("random", 4)).build().run();
    assertEquals(4, r.played().size());
    for (GameReport g : r.played()) {
      assertNull(g.forfeit(), g.reason());
      Game replay = new Game(5, MatchTest.FIVE.rules(), MatchTest.FIVE.moveCap());
      for (Move m : g.moves()) {
        replay.play(m); // throws if the search chose an illegal move
      }
      assertTrue(replay.isOver());
      assertEquals(g.result(), replay.result().toSgf());
    }
  }

  @Test
  void searchGuidedByTheEvaluatorBeatsRandom() throws Exception {
    // one worker: deterministic.  Measured over 40 games: 200 visits score 80% against random.
    SearchContestant tengen = new SearchContestant("area-mcts", new AreaPolicyValue(),
        SearchContestant.matchParams(200), false, 3);
    MatchResult r = Match.builder(new MatchSettings("mcts-strength", MatchTest.FIVE, 10, 1, true),
        tengen, RandomPlayer.contestant("random", 4)).build().run();
    assertTrue(r.scoreOfA().wins() >= 7, r.summary());
  }
}
