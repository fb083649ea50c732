package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Per-move budgets on one search: a timed game keeps its tree between moves whose budgets
 * differ. Time limits here are either hours (the search ends by visits, deterministically) or
 * already spent before the search is stepped, so no test depends on the machine's speed.
 */
class MoveBudgetTest {

  private static final Duration HOURS = Duration.ofHours(2);

  /**
   * Flat values, the centre favoured and passing nearly never tried, so that no simulation ends
   * in a terminal position and every new visit is one evaluation (as in {@code
   * SearchTest.treeReuseKeepsTheSubtreeStatistics}).
   */
  private static ScriptedPolicyValue centreFavoured() {
    float[] weights = new float[82];
    Arrays.fill(weights, 1f);
    weights[40] = 100f;
    weights[81] = 1e-6f;
    return ScriptedPolicyValue.flatValue(weights);
  }

  /** Visits and value sums of every node of the subtree under the root, breadth first. */
  private static List<Object> subtreeStatistics(Search search) {
    SearchTree t = search.tree();
    int[] visits = Arrays.copyOf(t.visits, t.size());
    double[] sums = Arrays.copyOf(t.valueSum, t.size());
    int[] actions = Arrays.copyOf(t.action, t.size());
    return List.of(Arrays.toString(visits), Arrays.toString(sums), Arrays.toString(actions));
  }

  @Test
  void budgetedMoveKeepsTheReusedSubtreeAndAddsOnlyTheNewVisits() {
    ScriptedPolicyValue pv = centreFavoured();
    Search search = new Search(new Game(9, Rules.DEFAULT), SearchTest.matchVisits(800),
        new SplittableRandom(5));
    SearchDriver driver = new SearchDriver(pv, 9, 64);
    SearchResult first = driver.searchMove(search, new MoveBudget(300, HOURS));
    assertEquals(300, first.rootVisits());
    int kept = search.rootChildVisits(first.action());
    assertTrue(kept > 10, "kept " + kept);

    search.advance(first.action());
    SearchTree t = search.tree();
    int size = t.size();
    int[] keptVisits = Arrays.copyOf(t.visits, size);
    double[] keptSums = Arrays.copyOf(t.valueSum, size);
    int[] keptActions = Arrays.copyOf(t.action, size);
    assertEquals(kept, search.rootVisits());

    int before = pv.positionsEvaluated;
    SearchResult second = driver.searchMove(search, new MoveBudget(kept + 150, HOURS.plusMinutes(7)));
    assertEquals(kept + 150, second.rootVisits());
    assertEquals(150, pv.positionsEvaluated - before, "only the new visits are evaluated");
    search.checkConsistency();
    // The reused nodes are still where they were, each with at least its kept statistics; the
    // ones the new visits did not pass through are unchanged.
    t = search.tree();
    assertArrayEquals(keptActions, Arrays.copyOf(t.action, size));
    int unchanged = 0;
    for (int n = 0; n < size; n++) {
      assertTrue(t.visits[n] >= keptVisits[n], "node " + n);
      if (t.visits[n] == keptVisits[n]) {
        assertEquals(keptSums[n], t.valueSum[n], "node " + n);
        unchanged++;
      }
    }
    assertTrue(unchanged > 0);
    assertEquals(SearchTest.matchVisits(800), search.params(), "the parameters are untouched");
  }

  @Test
  void aBudgetTheReusedTreeAlreadyMeetsFinishesWithoutEvaluating() {
    ScriptedPolicyValue pv = centreFavoured();
    Search search = new Search(new Game(9, Rules.DEFAULT), SearchTest.matchVisits(300),
        new SplittableRandom(5));
    SearchDriver driver = new SearchDriver(pv, 9, 64);
    search.advance(driver.searchMove(search).action()); // the old entry point, params' budget
    int kept = search.rootVisits();
    List<Object> statistics = subtreeStatistics(search);
    int before = pv.positionsEvaluated;

    search.startMove(MoveBudget.ofVisits(kept));
    assertTrue(search.isFinished());
    assertEquals(0, driver.step(List.of(search)));
    assertEquals(kept, search.result().rootVisits());
    assertEquals(before, pv.positionsEvaluated);
    assertEquals(statistics, subtreeStatistics(search));
  }

  @Test
  void aSpentTimeBudgetStopsTheSearchWithTheReusedStatistics() throws InterruptedException {
    ScriptedPolicyValue pv = centreFavoured();
    Search search = new Search(new Game(9, Rules.DEFAULT), SearchTest.matchVisits(300),
        new SplittableRandom(5));
    SearchDriver driver = new SearchDriver(pv, 9, 64);
    search.advance(driver.searchMove(search).action());
    int kept = search.rootVisits();
    List<Object> statistics = subtreeStatistics(search);

    search.startMove(new MoveBudget(1_000_000, Duration.ofMillis(1)));
    Thread.sleep(20); // the millisecond is spent before the first step
    assertTrue(search.isFinished());
    assertEquals(0, driver.step(List.of(search)));
    SearchResult r = search.result();
    assertEquals(kept, r.rootVisits());
    assertEquals(statistics, subtreeStatistics(search));
  }

  @Test
  void anUntimedBudgetOverridesTheParametersVisitsForOneMove() {
    Search search = new Search(new Game(5, Rules.DEFAULT), SearchTest.matchVisits(40),
        new SplittableRandom(2));
    SearchDriver driver = new SearchDriver(new UniformPolicyValue(), 5, 16);
    assertEquals(90, driver.searchMove(search, MoveBudget.ofVisits(90)).rootVisits());
    search.reset(new Game(5, Rules.DEFAULT));
    assertEquals(40, driver.searchMove(search).rootVisits());
  }

  @Test
  void aBudgetedSelfPlayMoveIsAFullNoisedSearch() {
    SearchParams selfPlay = SearchParams.selfPlay().toBuilder()
        .fullVisits(40).fastVisits(10).fullSearchProbability(0).build();
    Search search = new Search(new Game(5, Rules.DEFAULT), selfPlay, new SplittableRandom(4));
    SearchDriver driver = new SearchDriver(new UniformPolicyValue(), 5, 16);
    SearchResult r = driver.searchMove(search, MoveBudget.ofVisits(25));
    assertTrue(r.fullSearch());
    assertEquals(25, r.rootVisits());
    search.advance(r.action());
    assertFalse(driver.searchMove(search).fullSearch(), "probability 0: the old entry point is fast");
  }

  @Test
  void badBudgetsAreRejectedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MoveBudget.ofVisits(0));
    assertTrue(e.getMessage().contains("visits"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new MoveBudget(10, Duration.ofMillis(-1)));
    assertTrue(e.getMessage().contains("time"), e.getMessage());
    assertThrows(NullPointerException.class, () -> new MoveBudget(10, null));
    Search search = new Search(new Game(5, Rules.DEFAULT), SearchTest.matchVisits(10),
        new SplittableRandom(1));
    assertThrows(NullPointerException.class, () -> search.startMove((MoveBudget) null));
  }

  @Test
  void parametersGiveTheirOwnBudget() {
    SearchParams p = SearchParams.selfPlay().toBuilder()
        .fullVisits(600).fastVisits(100).timePerMove(Duration.ofSeconds(3)).build();
    assertEquals(new MoveBudget(600, Duration.ofSeconds(3)), p.budget(true));
    assertEquals(new MoveBudget(100, Duration.ofSeconds(3)), p.budget(false));
    assertTrue(p.budget(true).isTimed());
    assertFalse(SearchParams.match().budget(true).isTimed());
  }
}
