package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whole games on small boards with random parameters (leaves in flight, virtual loss, memory
 * cap, tree reuse, self-play or match) and an evaluator whose priors and value are a
 * pseudo-random function of the position. After every search the tree's bookkeeping must hold,
 * the visit target must be met, the move must be legal and the target must be a sub-count of the
 * root's visits. Games end by two passes or by the move cap, so terminal scoring is exercised.
 */
class SearchStressTest {

  private static final ScriptedPolicyValue HASHED = new ScriptedPolicyValue((game, legal, priors) -> {
    SplittableRandom r = new SplittableRandom(game.hash());
    for (int a = 0; a < priors.length; a++) {
      priors[a] = (float) r.nextDouble();
    }
    return (float) (r.nextDouble() * 2 - 1);
  });

  @Test
  void randomParametersKeepEveryInvariantOverWholeGames() {
    SplittableRandom dice = new SplittableRandom(2024);
    for (int round = 0; round < 12; round++) {
      int size = 3 + dice.nextInt(3);
      int numActions = size * size + 1;
      boolean selfPlay = dice.nextBoolean();
      SearchParams base = selfPlay ? SearchParams.selfPlay() : SearchParams.match();
      SearchParams params = base.toBuilder()
          .fullVisits(20 + dice.nextInt(60))
          .fastVisits(5 + dice.nextInt(15))
          .leavesInFlight(1 + dice.nextInt(8))
          .virtualLoss(dice.nextInt(4))
          .maxNodes(numActions + 1 + dice.nextInt(3000))
          .treeReuse(dice.nextBoolean())
          .build();
      String where = "round " + round + " " + params;
      int moveCap = 2 * size * size;
      List<Search> searches = new ArrayList<>();
      List<Game> games = new ArrayList<>();
      for (int g = 0; g < 4; g++) {
        Game game = new Game(size, Rules.DEFAULT, moveCap);
        games.add(game);
        Search s = new Search(game, params, dice.split());
        s.startMove();
        searches.add(s);
      }
      SearchDriver driver = new SearchDriver(HASHED, size, 32);
      int finished = 0;
      while (finished < searches.size()) {
        driver.step(searches);
        for (int g = 0; g < searches.size(); g++) {
          Search s = searches.get(g);
          if (!s.isStarted() || !s.isFinished()) {
            continue;
          }
          s.checkConsistency();
          int target = s.isFullSearch() ? params.fullVisits() : params.fastVisits();
          assertTrue(s.rootVisits() >= target, where);
          assertTrue(s.treeSize() <= params.maxNodes(), where);
          SearchResult r = s.result();
          Game game = games.get(g);
          assertTrue(game.isLegal(r.action()), where + " played illegal " + r.action());
          assertTrue(r.policyTarget().total() < s.rootVisits(), where);
          assertTrue(r.rootValue() >= -1 && r.rootValue() <= 1, where);
          game.play(r.action());
          s.advance(r.action());
          assertEquals(game.hash(), s.position().hash(), where);
          if (game.isOver()) {
            finished++;
          } else {
            s.startMove();
          }
        }
      }
      for (Game game : games) {
        assertTrue(game.moveNumber() <= moveCap, where);
      }
    }
  }

  @Test
  void terminalValuesMatchTheRules() {
    // 3x3 after Black's centre stone: many short lines end in two passes or the move cap (12
    // plies). Every terminal node the search stored must hold the rules' result for the side to
    // move there: the sign of areaScore (komi 7.5), negated for White.
    Game game = new Game(3, Rules.DEFAULT, 12);
    game.play(4);
    Search search = SearchTest.searched(game, SearchTest.matchVisits(2000), HASHED, 1);
    int terminals = checkTerminals(search.tree(), 0, game.copy());
    assertTrue(terminals > 10, "the search reached " + terminals + " finished games");
    search.checkConsistency();
  }

  private static int checkTerminals(SearchTree t, int node, Game game) {
    if (t.state[node] == SearchTree.TERMINAL) {
      assertTrue(game.isOver());
      double score = game.areaScore();
      float forBlack = score > 0 ? 1f : score < 0 ? -1f : 0f;
      float expected = game.toMove() == dev.tengen.games.Color.BLACK ? forBlack : -forBlack;
      assertEquals(expected, t.nnValue[node], "terminal after " + game.moves());
      return 1;
    }
    if (t.state[node] != SearchTree.EXPANDED) {
      return 0;
    }
    int found = 0;
    for (int c = t.firstChild[node]; c < t.firstChild[node] + t.childCount[node]; c++) {
      if (t.visits[c] > 0) {
        game.play(t.action[c]);
        found += checkTerminals(t, c, game);
        game.undo();
      }
    }
    return found;
  }
}
