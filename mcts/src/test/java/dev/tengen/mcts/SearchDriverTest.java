package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchDriverTest {

  private static final SearchParams PARAMS = SearchParams.selfPlay().toBuilder()
      .fullVisits(40).fastVisits(10).fullSearchProbability(0.5).leavesInFlight(1).build();

  /**
   * With one leaf in flight per search and an evaluator that depends only on the position, a
   * search's course does not depend on which other searches share its batches: eight games
   * stepped together by one driver produce exactly the results of the same eight run alone.
   */
  @Test
  void manyGamesInOneBatchEqualGamesRunOneByOne() {
    int games = 8;
    int moves = 6;
    List<List<SearchResult>> together = new ArrayList<>();
    List<Search> searches = new ArrayList<>();
    for (int g = 0; g < games; g++) {
      searches.add(new Search(new Game(5, Rules.DEFAULT), PARAMS, new SplittableRandom(100 + g)));
      together.add(new ArrayList<>());
    }
    ScriptedPolicyValue shared = ScriptedPolicyValue.rulesReader(25);
    SearchDriver driver = new SearchDriver(shared, 5, 256);
    for (Search s : searches) {
      s.startMove();
    }
    int maxBatch = 0;
    while (together.stream().anyMatch(r -> r.size() < moves)) {
      maxBatch = Math.max(maxBatch, driver.step(searches));
      for (int g = 0; g < games; g++) {
        Search s = searches.get(g);
        if (s.isStarted() && s.isFinished()) {
          SearchResult r = s.result();
          together.get(g).add(r);
          s.advance(r.action());
          if (together.get(g).size() < moves && !s.isGameOver()) {
            s.startMove();
          }
        }
      }
    }
    assertEquals(games, maxBatch, "all games shared one batch");

    for (int g = 0; g < games; g++) {
      Search alone = new Search(new Game(5, Rules.DEFAULT), PARAMS, new SplittableRandom(100 + g));
      SearchDriver own = new SearchDriver(ScriptedPolicyValue.rulesReader(25), 5, 1);
      List<SearchResult> results = new ArrayList<>();
      for (int m = 0; m < moves; m++) {
        SearchResult r = own.searchMove(alone);
        results.add(r);
        alone.advance(r.action());
      }
      assertEquals(together.get(g), results, "game " + g);
    }
  }

  /**
   * Two driver threads, each with its own batch from one shared evaluator and its own games,
   * produce exactly what each set of games produces when run alone: a search keeps no state
   * outside its own objects.
   */
  @Test
  void driversOnSeveralThreadsDoNotInterfere() throws Exception {
    PolicyValue shared = new UniformPolicyValue();
    java.util.concurrent.Callable<List<SearchResult>> first = () -> playSet(shared, 200);
    java.util.concurrent.Callable<List<SearchResult>> second = () -> playSet(shared, 300);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<List<SearchResult>> a = pool.submit(first);
      java.util.concurrent.Future<List<SearchResult>> b = pool.submit(second);
      assertEquals(playSet(shared, 200), a.get());
      assertEquals(playSet(shared, 300), b.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Four 7x7 games seeded from {@code seed}, up to four moves each, stepped by one driver. */
  private static List<SearchResult> playSet(PolicyValue evaluator, long seed) {
    SearchParams params = PARAMS.toBuilder().leavesInFlight(3).build();
    List<Search> searches = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      Search s = new Search(new Game(7, Rules.DEFAULT), params, new SplittableRandom(seed + g));
      s.startMove();
      searches.add(s);
    }
    SearchDriver driver = new SearchDriver(evaluator, 7, 12);
    List<SearchResult> results = new ArrayList<>();
    for (int move = 0; move < 4; move++) {
      driver.runToCompletion(searches);
      for (Search s : searches) {
        if (s.isGameOver()) {
          continue; // two passes (drawn with the temperature) ended this game
        }
        SearchResult r = s.result();
        results.add(r);
        s.advance(r.action());
        if (!s.isGameOver()) {
          s.startMove();
        }
      }
    }
    return results;
  }

  /** An evaluator failure leaves every search consistent, and searching resumes afterwards. */
  @Test
  void evaluatorFailureWithdrawsTheLeavesInFlight() {
    boolean[] failNext = {false};
    PolicyValue flaky = (size, capacity) -> {
      EvalBatch inner = new UniformPolicyValue().newBatch(size, capacity);
      return new EvalBatch() {
        @Override public int capacity() { return inner.capacity(); }
        @Override public int size() { return inner.size(); }
        @Override public int add(Game g) { return inner.add(g); }
        @Override public void evaluate() {
          if (failNext[0]) {
            failNext[0] = false;
            throw new IllegalStateException("network crashed");
          }
          inner.evaluate();
        }
        @Override public void priors(int slot, float[] out) { inner.priors(slot, out); }
        @Override public float value(int slot) { return inner.value(slot); }
        @Override public void clear() { inner.clear(); }
      };
    };
    SearchParams params = PARAMS.toBuilder().leavesInFlight(4).fullSearchProbability(1).build();
    List<Search> searches = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      Search s = new Search(new Game(9, Rules.DEFAULT), params, new SplittableRandom(g));
      s.startMove();
      searches.add(s);
    }
    SearchDriver driver = new SearchDriver(flaky, 9, 64);
    driver.step(searches);
    driver.step(searches);
    int[] before = searches.stream().mapToInt(Search::rootVisits).toArray();
    failNext[0] = true;
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> driver.step(searches));
    assertEquals("network crashed", e.getMessage());
    for (int g = 0; g < 3; g++) {
      searches.get(g).checkConsistency();
      assertEquals(before[g], searches.get(g).rootVisits(), "completed visits kept");
    }
    driver.runToCompletion(searches);
    for (Search s : searches) {
      assertEquals(40, s.rootVisits());
      s.checkConsistency();
    }
  }

  @Test
  void aFullBatchLeavesTheRestForTheNextStep() {
    List<Search> searches = new ArrayList<>();
    SearchParams params = PARAMS.toBuilder().leavesInFlight(4).fullSearchProbability(1).build();
    for (int g = 0; g < 5; g++) {
      Search s = new Search(new Game(9, Rules.DEFAULT), params, new SplittableRandom(g));
      s.startMove();
      searches.add(s);
    }
    SearchDriver driver = new SearchDriver(new UniformPolicyValue(), 9, 6);
    int steps = 0;
    while (searches.stream().anyMatch(s -> !s.isFinished())) {
      assertTrue(driver.step(searches) <= 6);
      steps++;
    }
    for (Search s : searches) {
      assertEquals(40, s.rootVisits());
      s.checkConsistency();
    }
    assertTrue(steps >= 5 * 40 / 6, "steps " + steps);
  }
}
