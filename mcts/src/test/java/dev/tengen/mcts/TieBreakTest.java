package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Exact ties (flat priors, value 0) are broken with the search's seeded generator: the same seed
 * gives the same search and move, different seeds different ones, and never the lowest action by
 * construction.
 */
class TieBreakTest {

  private static final int SEEDS = 8;

  private static Search searched(SearchParams params, long seed) {
    return SearchTest.searched(new Game(9, Rules.DEFAULT), params, new UniformPolicyValue(), seed);
  }

  /**
   * 200 visits over 82 uniform children: 35 of them get 3 visits, all with value 0, so the most
   * visited (and, in match play, the best LCB) are 35-way ties. Checked for LCB (match) and for
   * most visits (self-play after the temperature plies, no noise).
   */
  @Test
  void uniformPolicyChoosesTheFirstMoveBySeed() {
    SearchParams lcb = SearchTest.matchVisits(200);
    SearchParams mostVisits = SearchParams.selfPlay().toBuilder()
        .visits(200).rootNoise(false).temperatureMoves(0).build();
    for (SearchParams params : List.of(lcb, mostVisits)) {
      Set<Integer> moves = new HashSet<>();
      for (long seed = 0; seed < SEEDS; seed++) {
        int move = searched(params, seed).result().action();
        assertEquals(move, searched(params, seed).result().action(), "seed " + seed);
        moves.add(move);
      }
      assertTrue(moves.size() >= SEEDS / 2, params.finalMoveSelection() + " moves " + moves);
    }
  }

  @Test
  void tiedChildrenAreTheOnesChosenFrom() {
    Search search = searched(SearchTest.matchVisits(200), 3);
    int chosen = search.result().action();
    int maxVisits = 0;
    for (int a = 0; a < 82; a++) {
      maxVisits = Math.max(maxVisits, search.rootChildVisits(a));
    }
    assertEquals(3, maxVisits);
    assertEquals(maxVisits, search.rootChildVisits(chosen));
  }

  /**
   * PUCT ties at selection: with flat priors every unvisited child of a node has the same score,
   * so the children a 10-visit search tries are drawn, not the first ones in action order.
   */
  @Test
  void selectionTiesAreDrawnNotTakenInActionOrder() {
    SearchParams params = SearchTest.matchVisits(10).toBuilder().leavesInFlight(1).build();
    Set<Set<Integer>> explored = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Set<Integer> visited = visitedRootChildren(searched(params, seed));
      assertEquals(visited, visitedRootChildren(searched(params, seed)), "seed " + seed);
      Set<Integer> lowestActions = new HashSet<>();
      for (int a = 0; a < visited.size(); a++) {
        lowestActions.add(a);
      }
      assertNotEquals(lowestActions, visited, "seed " + seed);
      explored.add(visited);
    }
    assertEquals(SEEDS, explored.size(), "explored " + explored);
  }

  private static Set<Integer> visitedRootChildren(Search search) {
    Set<Integer> visited = new HashSet<>();
    for (int a = 0; a < 82; a++) {
      if (search.rootChildVisits(a) > 0) {
        visited.add(a);
      }
    }
    return visited;
  }

  /** Without ties the seed plays no part in match play: no temperature, nothing to draw. */
  @Test
  void matchSearchWithoutTiesIgnoresItsSeed() {
    float[] weights = new float[82];
    for (int a = 0; a < weights.length; a++) {
      weights[a] = 1 + (float) Math.sqrt(a + 2); // distinct priors, no exact score ties
    }
    Set<SearchResult> results = new HashSet<>();
    Set<SearchInfo> infos = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Search search = new Search(new Game(9, Rules.DEFAULT), SearchTest.matchVisits(100),
          new SplittableRandom(seed));
      results.add(new SearchDriver(ScriptedPolicyValue.flatValue(weights), 9, 64)
          .searchMove(search));
      infos.add(search.info());
    }
    assertEquals(1, results.size());
    assertEquals(1, infos.size());
  }

  @Test
  void differentSeedsGiveDifferentSearchesUnderTies() {
    SearchParams params = SearchTest.matchVisits(100);
    assertEquals(searched(params, 1).info(), searched(params, 1).info());
    assertNotEquals(searched(params, 1).info(), searched(params, 2).info());
  }
}
