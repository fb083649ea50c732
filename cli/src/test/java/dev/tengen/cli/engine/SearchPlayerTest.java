package dev.tengen.cli.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.UniformPolicyValue;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's searcher: tree reuse under clock budgets, and seeded choices among ties. */
class SearchPlayerTest {

  /** Counts the positions sent to the evaluator. */
  private static final class Counting implements PolicyValue {
    private final PolicyValue inner;
    int added;

    Counting(PolicyValue inner) {
      this.inner = inner;
    }

    @Override
    public EvalBatch newBatch(int boardSize, int capacity) {
      EvalBatch batch = inner.newBatch(boardSize, capacity);
      return new EvalBatch() {
        @Override public int capacity() { return batch.capacity(); }
        @Override public int size() { return batch.size(); }
        @Override public int add(Game game) {
          added++;
          return batch.add(game);
        }
        @Override public void evaluate() { batch.evaluate(); }
        @Override public void priors(int slot, float[] out) { batch.priors(slot, out); }
        @Override public float value(int slot) { return batch.value(slot); }
        @Override public void clear() { batch.clear(); }
      };
    }
  }

  /** Every point of 9x9, the centre first: the tree is one line, each visit one new position. */
  private static int[] centreFirst() {
    int[] order = new int[81];
    for (int i = 0; i < 81; i++) {
      order[i] = (40 + i) % 81;
    }
    return order;
  }

  /**
   * Two timed moves with different clock budgets (hours, so both end by visits): the second
   * keeps the first's subtree and evaluates only the visits it adds. A fresh tree would cost
   * all 64 again.
   */
  @Test
  void timedMovesKeepTheTreeBetweenMoves() {
    Counting evaluator = new Counting(new FavouritePolicyValue(centreFirst()));
    SearchParams params = SearchParams.match().toBuilder().visits(64).leavesInFlight(4).build();
    SearchPlayer player = new SearchPlayer(evaluator, params, new SplittableRandom(1), false);
    GoSession session = new GoSession(9, Rules.DEFAULT);

    Decision black = player.decide(session, Duration.ofHours(1));
    assertEquals(40, black.action());
    assertEquals(64, black.info().rootVisits());
    assertEquals(64, evaluator.added);
    int kept = black.info().children().get(0).visits();
    assertEquals(63, kept);
    session.play(Color.BLACK, black.action());

    Decision white = player.decide(session, Duration.ofHours(2));
    assertEquals(41, white.action());
    assertEquals(64, white.info().rootVisits());
    assertEquals(64 + (64 - kept), evaluator.added, "only the new visit is evaluated");
  }

  /** With the uniform policy every first move ties; the engine's seed decides which is played. */
  @Test
  void theSeedChoosesAmongTiedFirstMoves() {
    SearchParams params = SearchParams.match().toBuilder().visits(200).build();
    GoSession session = new GoSession(9, Rules.DEFAULT);
    int[] first = new int[2];
    for (int seed = 0; seed < 2; seed++) {
      SearchPlayer player = new SearchPlayer(
          new UniformPolicyValue(), params, new SplittableRandom(seed), false);
      first[seed] = player.decide(session, Duration.ZERO).action();
      SearchPlayer again = new SearchPlayer(
          new UniformPolicyValue(), params, new SplittableRandom(seed), false);
      assertEquals(first[seed], again.decide(session, Duration.ZERO).action());
    }
    assertNotEquals(first[0], first[1]);
  }
}
