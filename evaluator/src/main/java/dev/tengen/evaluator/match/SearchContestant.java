package dev.tengen.evaluator.match;

import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.SearchParams;
import java.util.Objects;
import java.util.Random;

/**
 * A model (a network behind a {@link PolicyValue}) with search parameters; each worker gets a
 * {@link SearchPlayer} of its own, all sharing the one evaluator (which must allow {@code
 * newBatch} from several threads when games run in parallel). Worker {@code w} draws its search
 * randomness from {@code new Random(seed + w)}.
 *
 * @param name the ladder name, e.g. the model id
 * @param evaluator the network
 * @param params search parameters; evaluation uses {@link SearchParams#match()} (no noise, no
 *     temperature)
 * @param resignAllowed whether the players may resign
 * @param seed the base seed
 */
public record SearchContestant(
    String name, PolicyValue evaluator, SearchParams params, boolean resignAllowed, long seed)
    implements Contestant {

  /** @throws IllegalArgumentException if the name is unusable */
  public SearchContestant {
    Names.check(name, "contestant name");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(params, "params");
  }

  /** Match search parameters with {@code visits} visits per move. */
  public static SearchParams matchParams(int visits) {
    return SearchParams.match().toBuilder().fullVisits(visits).fastVisits(visits).build();
  }

  @Override
  public Player open(int worker) {
    return new SearchPlayer(name, evaluator, params, resignAllowed, new Random(seed + worker));
  }
}
