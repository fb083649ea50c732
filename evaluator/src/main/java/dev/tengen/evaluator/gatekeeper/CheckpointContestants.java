package dev.tengen.evaluator.gatekeeper;

import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.Player;
import dev.tengen.evaluator.match.SearchContestant;
import dev.tengen.mcts.SearchParams;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.NetworkPolicyValue;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The production {@link ModelContestants}: loads a checkpoint with {@link
 * NetworkPolicyValue#fromCheckpoint} (its own batched {@link InferenceService}, shared by every
 * game of the match) and plays it with {@link SearchContestant} at the given search parameters.
 * Relative checkpoint paths are resolved against the run directory. The returned contestant is
 * {@link AutoCloseable}: closing it stops the network service.
 *
 * @param runDirectory what relative checkpoint paths are relative to
 * @param expected the network config the run plays with (board size, features), or null to accept
 *     what the checkpoint says
 * @param search search parameters of gating games ({@link SearchContestant#matchParams(int)})
 * @param inference batching options of each model's inference service
 * @param cacheEntries evaluation cache entries per model (0 for none)
 * @param resignAllowed whether models may resign in gating games
 * @param seed base seed of searches and symmetries
 */
public record CheckpointContestants(
    Path runDirectory, NetworkConfig expected, SearchParams search,
    InferenceService.Options inference, int cacheEntries, boolean resignAllowed, long seed)
    implements ModelContestants {

  /** @throws NullPointerException if a required field is null */
  public CheckpointContestants {
    Objects.requireNonNull(runDirectory, "runDirectory");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(inference, "inference");
  }

  @Override
  public Contestant load(String modelId, String checkpointPath) throws Exception {
    Path file = runDirectory.resolve(checkpointPath);
    NetworkPolicyValue net =
        NetworkPolicyValue.fromCheckpoint(file, expected, inference, cacheEntries, seed);
    return new Loaded(new SearchContestant(modelId, net, search, resignAllowed, seed), net);
  }

  /** A loaded model: plays as its search contestant, frees the network on close. */
  private record Loaded(SearchContestant contestant, NetworkPolicyValue net)
      implements Contestant, AutoCloseable {

    @Override
    public String name() {
      return contestant.name();
    }

    @Override
    public Player open(int worker) {
      return contestant.open(worker);
    }

    @Override
    public void close() {
      net.close();
    }
  }
}
