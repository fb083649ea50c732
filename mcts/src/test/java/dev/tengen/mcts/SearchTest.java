package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchTest {

  private static final Rules KOMI_HALF = Rules.DEFAULT.withKomi(0.5);

  static SearchParams matchVisits(int visits) {
    return SearchParams.match().toBuilder().visits(visits).build();
  }

  static Search searched(Game game, SearchParams params, PolicyValue pv, long seed) {
    Search search = new Search(game, params, new SplittableRandom(seed));
    SearchDriver driver = new SearchDriver(pv, game.size(), 64);
    search.startMove();
    driver.runToCompletion(List.of(search));
    return search;
  }

  static int childVisits(Search search, int action) {
    SearchTree t = search.tree();
    int c = t.childByAction(0, action);
    return c < 0 ? 0 : t.visits[c];
  }

  @Test
  void rootVisitsAreOnePlusTheSumOfChildVisits() {
    Game game = new Game(9, Rules.DEFAULT);
    Search search = searched(game, matchVisits(300), new UniformPolicyValue(), 1);
    SearchTree t = search.tree();
    assertEquals(300, t.visits[0]);
    int sum = 0;
    for (int c = t.firstChild[0]; c < t.firstChild[0] + t.childCount[0]; c++) {
      sum += t.visits[c];
    }
    assertEquals(299, sum);
    assertEquals(82, t.childCount[0]);
    search.checkConsistency();
  }

  @Test
  void higherPriorGetsMoreVisitsWhenValuesAreFlat() {
    float[] weights = new float[82];
    java.util.Arrays.fill(weights, 1f);
    weights[40] = 50f;
    weights[30] = 30f;
    Search search = searched(new Game(9, Rules.DEFAULT), matchVisits(300),
        ScriptedPolicyValue.flatValue(weights), 1);
    int center = childVisits(search, 40);
    int second = childVisits(search, 30);
    int maxOther = 0;
    for (int a = 0; a < 82; a++) {
      if (a != 40 && a != 30) {
        maxOther = Math.max(maxOther, childVisits(search, a));
      }
    }
    assertTrue(center > second && second > maxOther,
        "visits 40=" + center + " 30=" + second + " others<=" + maxOther);
    assertEquals(40, search.result().action());
  }

  /**
   * 5x5, Black to move. Black's row-3 chain and White's row-4 chain share their only liberty,
   * (4,3) = action 19: whoever plays there captures.
   * <pre>
   * 4  W W W W W
   * 3  B B B B .
   * 2  W W W W W
   * 1  . . . . .
   * 0  . . . . .
   * </pre>
   */
  @Test
  void findsTheCaptureThatWinsTheRace() {
    Game game = Game.withSetup(5, KOMI_HALF, 75, new int[] {15, 16, 17, 18},
        new int[] {20, 21, 22, 23, 24, 10, 11, 12, 13, 14}, Color.BLACK);
    assertEquals(1, game.liberties(15));
    assertEquals(1, game.liberties(20));
    Search search = searched(game, matchVisits(400), ScriptedPolicyValue.rulesReader(25), 3);
    SearchResult result = search.result();
    assertEquals(19, result.action());
    assertTrue(childVisits(search, 19) > 200, "capture visits " + childVisits(search, 19));
    // After the capture Black still trails on area (10 to 15), but every other move lets White
    // capture four stones first: the capture's value must beat all of them by a wide margin.
    List<SearchInfo.ChildInfo> children = search.info().children();
    assertEquals(19, children.get(0).action());
    for (SearchInfo.ChildInfo c : children.subList(1, children.size())) {
      assertTrue(children.get(0).value() > c.value() + 0.2, "capture " + children.get(0) + " vs " + c);
    }
  }

  /**
   * 5x5, Black to move. Black's four stones on row 1 have two liberties, (0,0) and (1,0);
   * filling either is self-atari and White captures four stones next.
   * <pre>
   * 4  . . . . .
   * 3  . . . . .
   * 2  W W W W W
   * 1  B B B B W
   * 0  . . W W W
   * </pre>
   */
  @Test
  void avoidsTheSelfAtariThatLosesTheGroup() {
    Game game = Game.withSetup(5, KOMI_HALF, 75, new int[] {5, 6, 7, 8},
        new int[] {10, 11, 12, 13, 14, 9, 2, 3, 4}, Color.BLACK);
    assertEquals(2, game.liberties(5));
    Search search = searched(game, matchVisits(400), ScriptedPolicyValue.rulesReader(25), 3);
    SearchResult result = search.result();
    assertTrue(result.action() != 0 && result.action() != 1, "played " + result.action());
    int best = childVisits(search, result.action());
    assertTrue(childVisits(search, 0) * 4 < best, "self-atari (0,0) visits " + childVisits(search, 0));
    assertTrue(childVisits(search, 1) * 4 < best, "self-atari (1,0) visits " + childVisits(search, 1));
  }

  /** Black row 2 against White row 3 on 5x5: Black has 15 points, White 10. White has passed. */
  private static Game blackToMoveAfterWhitePass(double komi) {
    Game game = Game.withSetup(5, Rules.DEFAULT.withKomi(komi), 75,
        new int[] {10, 11, 12, 13, 14}, new int[] {15, 16, 17, 18, 19}, Color.WHITE);
    game.play(game.passAction());
    return game;
  }

  @Test
  void passingIntoAWonGameIsScoredByTheRulesAndChosen() {
    Game game = blackToMoveAfterWhitePass(0.5); // Black +4.5 if the game ends now
    PolicyValue uniform = new UniformPolicyValue();
    Search search = searched(game, matchVisits(200), uniform, 1);
    assertEquals(25, search.result().action());
    assertEquals(200 - 1, maxChildVisitsOrPass(search, true) + otherVisits(search));
  }

  @Test
  void passingIntoALostGameGetsOneVisitAndIsAvoided() {
    Game game = blackToMoveAfterWhitePass(10.5); // Black -5.5 if the game ends now
    Search search = searched(game, matchVisits(200), new UniformPolicyValue(), 1);
    assertEquals(1, childVisits(search, 25));
    assertNotEquals(25, search.result().action());
    SearchTree t = search.tree();
    int pass = t.childByAction(0, 25);
    assertEquals(SearchTree.TERMINAL, t.state[pass]);
    assertEquals(1.0f, t.nnValue[pass]); // White to move there, White wins
  }

  private static int maxChildVisitsOrPass(Search search, boolean pass) {
    return childVisits(search, 25);
  }

  private static int otherVisits(Search search) {
    int sum = 0;
    for (int a = 0; a < 25; a++) {
      sum += childVisits(search, a);
    }
    return sum;
  }

  @Test
  void noiseOnlyInFullSelfPlaySearches() {
    Game game = new Game(9, Rules.DEFAULT);
    SearchParams selfPlay = SearchParams.selfPlay().toBuilder().fullVisits(40).fastVisits(10).build();
    PolicyValue uniform = new UniformPolicyValue();
    SearchDriver driver = new SearchDriver(uniform, 9, 64);

    Search full = new Search(game, selfPlay, new SplittableRandom(7));
    full.startMove(true);
    driver.runToCompletion(List.of(full));
    assertTrue(maxPriorDeviation(full) > 0.001, "full self-play search has noise");
    double sum = 0;
    for (SearchInfo.ChildInfo c : full.info().children()) {
      assertEquals(1f / 82, c.prior(), 1e-6); // info reports the raw prior
    }
    SearchTree t = full.tree();
    for (int c = t.firstChild[0]; c < t.firstChild[0] + t.childCount[0]; c++) {
      sum += t.prior[c];
    }
    assertEquals(1.0, sum, 1e-4);

    Search fast = new Search(game, selfPlay, new SplittableRandom(7));
    fast.startMove(false);
    driver.runToCompletion(List.of(fast));
    assertEquals(0.0, maxPriorDeviation(fast), 1e-7);

    Search match = searched(game, matchVisits(40), uniform, 7);
    assertEquals(0.0, maxPriorDeviation(match), 1e-7);
  }

  private static double maxPriorDeviation(Search search) {
    SearchTree t = search.tree();
    double max = 0;
    for (int c = t.firstChild[0]; c < t.firstChild[0] + t.childCount[0]; c++) {
      max = Math.max(max, Math.abs(t.prior[c] - 1.0 / t.childCount[0]));
    }
    return max;
  }

  @Test
  void temperatureOnlyInSelfPlay() {
    Game game = new Game(9, Rules.DEFAULT);
    SearchParams selfPlay = SearchParams.selfPlay().toBuilder().visits(30).rootNoise(false).build();
    // Distinct priors and flat values: no exact ties, so only a temperature can vary the move.
    float[] weights = new float[82];
    for (int a = 0; a < weights.length; a++) {
      weights[a] = 1 + (float) Math.sqrt(a + 2);
    }
    java.util.Set<Integer> selfPlayMoves = new java.util.HashSet<>();
    java.util.Set<SearchResult> matchResults = new java.util.HashSet<>();
    for (long seed = 0; seed < 12; seed++) {
      selfPlayMoves.add(searched(game, selfPlay, ScriptedPolicyValue.flatValue(weights), seed)
          .result().action());
      matchResults.add(
          searched(game, matchVisits(30), ScriptedPolicyValue.flatValue(weights), seed).result());
    }
    assertTrue(selfPlayMoves.size() >= 3, "self-play moves " + selfPlayMoves);
    assertEquals(1, matchResults.size(), "match search ignores its seed");
  }

  @Test
  void treeReuseKeepsTheSubtreeStatistics() {
    // Flat values, the centre favoured and passing nearly never tried, so that no simulation
    // ends in a terminal position and every new visit is one evaluation.
    float[] weights = new float[82];
    java.util.Arrays.fill(weights, 1f);
    weights[40] = 100f;
    weights[81] = 1e-6f;
    Game game = new Game(9, Rules.DEFAULT);
    ScriptedPolicyValue pv = ScriptedPolicyValue.flatValue(weights);
    Search search = searched(game, matchVisits(300), pv, 1);
    SearchTree t = search.tree();
    int action = t.action[t.mostVisitedChild(0)];
    int child = t.childByAction(0, action);
    int visits = t.visits[child];
    double valueSum = t.valueSum[child];
    int[] grandActions = java.util.Arrays.copyOfRange(
        t.action, t.firstChild[child], t.firstChild[child] + t.childCount[child]);
    int[] grandVisits = java.util.Arrays.copyOfRange(
        t.visits, t.firstChild[child], t.firstChild[child] + t.childCount[child]);
    assertTrue(visits > 10);

    search.advance(action);
    t = search.tree();
    assertEquals(visits, t.visits[0]);
    assertEquals(valueSum, t.valueSum[0]);
    assertArrayEquals(grandActions, java.util.Arrays.copyOfRange(
        t.action, t.firstChild[0], t.firstChild[0] + t.childCount[0]));
    assertArrayEquals(grandVisits, java.util.Arrays.copyOfRange(
        t.visits, t.firstChild[0], t.firstChild[0] + t.childCount[0]));
    search.checkConsistency();

    int before = pv.positionsEvaluated;
    search.startMove();
    new SearchDriver(pv, 9, 64).runToCompletion(List.of(search));
    assertEquals(300, search.rootVisits());
    assertEquals(300 - visits, pv.positionsEvaluated - before, "only the new visits are evaluated");
  }

  @Test
  void opponentMoveOutsideTheTreeStartsAFreshTree() {
    Search search = searched(new Game(5, KOMI_HALF), matchVisits(50), new UniformPolicyValue(), 1);
    search.advance(search.result().action());
    int unexplored = -1;
    SearchTree t = search.tree();
    for (int a = 0; a < 25 && unexplored < 0; a++) {
      if (t.childByAction(0, a) >= 0 && t.visits[t.childByAction(0, a)] == 0) {
        unexplored = a;
      }
    }
    assertTrue(unexplored >= 0);
    search.advance(unexplored);
    assertEquals(0, search.rootVisits());
    assertEquals(1, search.treeSize());
  }

  @Test
  void sameSeedGivesTheSameSearch() {
    SearchParams params = SearchParams.selfPlay().toBuilder()
        .fullVisits(60).fastVisits(20).fullSearchProbability(0.5).leavesInFlight(4).build();
    assertEquals(selfPlayMoves(params, 11, 8), selfPlayMoves(params, 11, 8));
    assertNotEquals(selfPlayMoves(params, 11, 8), selfPlayMoves(params, 12, 8));
  }

  /** Results and root statistics of each move of a self-play game. */
  private static List<Object> selfPlayMoves(SearchParams params, long seed, int moves) {
    Search search = new Search(new Game(9, Rules.DEFAULT), params, new SplittableRandom(seed));
    SearchDriver driver = new SearchDriver(ScriptedPolicyValue.rulesReader(81), 9, 64);
    List<Object> results = new java.util.ArrayList<>();
    for (int i = 0; i < moves; i++) {
      search.startMove();
      driver.runToCompletion(List.of(search));
      SearchResult r = search.result();
      results.add(r);
      results.add(search.info());
      search.advance(r.action());
    }
    return results;
  }

  /**
   * 5x5 empty, Black to move, uniform priors P = 1/26. The evaluator says every position with a
   * Black stone in the corner (action 0) is a sure win for White; every other position is 0. Plain PUCT visits the corner once and never again within 400 visits (its
   * score -1 + 1.1 * sqrt(400) / 26 / 2 = -0.58 stays below the others'). Forced playouts
   * (k = 2) keep every visited child at or above sqrt(2 * P * total) - 1 visits, so the corner
   * gets at least floor(sqrt(2 / 26 * 399)) - 1 = 4; policy target pruning then removes them.
   */
  @Test
  void forcedPlayoutsVisitTheBadMoveAndPruningRemovesItFromTheTarget() {
    ScriptedPolicyValue.Script script = (game, legal, priors) -> {
      java.util.Arrays.fill(priors, 1f);
      boolean cornerIsBlack = game.stoneAt(0) == dev.tengen.games.Stone.BLACK;
      return !cornerIsBlack ? 0f : game.toMove() == Color.WHITE ? 1f : -1f;
    };
    Game game = new Game(5, KOMI_HALF);
    SearchParams forced = SearchParams.selfPlay().toBuilder()
        .visits(400).noiseWeight(0).temperatureEarly(0).leavesInFlight(1).build();
    Search withForced = searched(game, forced, new ScriptedPolicyValue(script), 1);
    int bound = (int) Math.floor(Math.sqrt(2.0 / 26 * 399)) - 1;
    assertTrue(childVisits(withForced, 0) >= bound,
        "corner visits " + childVisits(withForced, 0) + " < " + bound);
    SearchResult result = withForced.result();
    assertEquals(0, result.policyTarget().countOf(0));

    SearchParams plain = forced.toBuilder().forcedPlayoutsCoefficient(0).build();
    Search withoutForced = searched(game, plain, new ScriptedPolicyValue(script), 1);
    assertEquals(1, childVisits(withoutForced, 0));
    assertEquals(1, withoutForced.result().policyTarget().countOf(0));
  }

  @Test
  void leavesOfOneBatchAreDistinct() {
    ScriptedPolicyValue pv = ScriptedPolicyValue.rulesReader(81);
    SearchParams params = matchVisits(400).toBuilder().leavesInFlight(16).build();
    Search search = searched(new Game(9, Rules.DEFAULT), params, pv, 1);
    int multi = 0;
    for (List<List<dev.tengen.games.Move>> batch : pv.batches) {
      assertEquals(batch.size(), new java.util.HashSet<>(batch).size(), "duplicate leaf in batch");
      if (batch.size() > 8) {
        multi++;
      }
    }
    assertTrue(multi > pv.batches.size() / 2, multi + " of " + pv.batches.size() + " batches > 8");
    assertEquals(400, search.rootVisits());
    search.checkConsistency();
  }

  @Test
  void treeMemoryCapStopsGrowthButNotTheSearch() {
    SearchParams params = matchVisits(600).toBuilder().maxNodes(200).build();
    Search search = searched(new Game(5, KOMI_HALF), params, ScriptedPolicyValue.rulesReader(25), 1);
    assertEquals(600, search.rootVisits());
    assertTrue(search.treeSize() <= 200, "tree size " + search.treeSize());
    search.checkConsistency();
    int before = search.treeSize();
    search.advance(search.result().action());
    assertTrue(search.treeSize() < before, "old tree reclaimed");
    search.startMove();
    new SearchDriver(ScriptedPolicyValue.rulesReader(25), 5, 64).runToCompletion(List.of(search));
    assertEquals(600, search.rootVisits());
  }

  @Test
  void timeBudgetEndsTheSearch() {
    SearchParams params = SearchParams.match().toBuilder()
        .visits(100_000_000).timePerMove(java.time.Duration.ofMillis(30)).build();
    Search search = searched(new Game(5, KOMI_HALF), params, new UniformPolicyValue(), 1);
    assertTrue(search.isFinished());
    assertTrue(search.rootVisits() < 100_000_000);
  }

  @Test
  void principalVariationFollowsMostVisitedChildren() {
    Search search = searched(new Game(5, KOMI_HALF), matchVisits(200),
        ScriptedPolicyValue.rulesReader(25), 1);
    SearchResult result = search.result();
    int[] pv = result.principalVariation();
    assertTrue(pv.length >= 2);
    SearchTree t = search.tree();
    int node = 0;
    for (int action : pv) {
      int best = t.mostVisitedChild(node);
      assertEquals(t.action[best], action);
      node = best;
    }
    SearchInfo info = search.info();
    assertEquals(200, info.rootVisits());
    assertEquals(pv[0], info.children().get(0).action());
    assertArrayEquals(pv, info.children().get(0).pv());
  }

  @Test
  void resetWithASeedSearchesLikeAFreshSearch() {
    SearchParams params = SearchParams.selfPlay().toBuilder().fullVisits(50).fastVisits(20).build();
    PolicyValue pv = ScriptedPolicyValue.rulesReader(25);
    SearchDriver driver = new SearchDriver(pv, 5, 64);
    Search reused = new Search(new Game(5, KOMI_HALF), params, new SplittableRandom(1));
    for (int i = 0; i < 3; i++) {
      reused.advance(driver.searchMove(reused).action());
    }
    reused.reset(new Game(5, KOMI_HALF), new SplittableRandom(9));
    Search fresh = new Search(new Game(5, KOMI_HALF), params, new SplittableRandom(9));
    assertEquals(driver.searchMove(fresh), driver.searchMove(reused));
    assertEquals(fresh.info(), reused.info());
  }

  @Test
  void anEvaluatorThatPutsPriorOnAnIllegalMoveIsReported() {
    Game game = new Game(5, KOMI_HALF);
    game.play(12);
    // Spreads the priors over every action, the occupied centre included.
    ScriptedPolicyValue liar = new ScriptedPolicyValue((g, legal, priors) -> 0f);
    EvalBatch lying = new EvalBatch() {
      final EvalBatch inner = liar.newBatch(5, 8);
      @Override public int capacity() { return inner.capacity(); }
      @Override public int size() { return inner.size(); }
      @Override public int add(Game g) { return inner.add(g); }
      @Override public void evaluate() { inner.evaluate(); }
      @Override public void priors(int slot, float[] out) {
        java.util.Arrays.fill(out, 1f / 26);
      }
      @Override public float value(int slot) { return 0f; }
      @Override public void clear() { inner.clear(); }
    };
    Search search = new Search(game, matchVisits(200), new SplittableRandom(1));
    SearchDriver driver = new SearchDriver((size, capacity) -> lying, 5, 8);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> driver.searchMove(search));
    assertTrue(e.getMessage().contains("illegal move"), e.getMessage());
  }

  @Test
  void rootChildVisitsAreTheRawVisitsOfEveryRootChild() {
    Game game = new Game(5, KOMI_HALF);
    game.play(12);
    Search search = new Search(game, matchVisits(120), new SplittableRandom(3));
    assertEquals(0, search.rootChildVisits(0), "root not expanded yet");
    new SearchDriver(ScriptedPolicyValue.rulesReader(25), 5, 64).searchMove(search);
    java.util.Map<Integer, Integer> reported = new java.util.HashMap<>();
    for (SearchInfo.ChildInfo c : search.info().children()) {
      reported.put(c.action(), c.visits());
    }
    int sum = 0;
    for (int a = 0; a < 26; a++) {
      assertEquals(reported.getOrDefault(a, 0), search.rootChildVisits(a), "action " + a);
      sum += search.rootChildVisits(a);
    }
    assertEquals(0, search.rootChildVisits(12), "occupied point: no child");
    assertEquals(119, sum);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> search.rootChildVisits(26));
    assertTrue(e.getMessage().contains("action 26"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> search.rootChildVisits(-1));
  }

  @Test
  void searchingAFinishedGameIsRefused() {
    Game game = new Game(5, KOMI_HALF);
    game.play(25);
    game.play(25);
    Search search = new Search(game, matchVisits(10), new SplittableRandom(1));
    assertThrows(IllegalStateException.class, search::startMove);
  }
}
