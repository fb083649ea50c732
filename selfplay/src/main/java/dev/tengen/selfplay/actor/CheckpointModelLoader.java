package dev.tengen.selfplay.actor;

import dev.tengen.network.Checkpoint;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.EvalCache;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.NetworkPolicyValue;
import dev.tengen.selfplay.queue.ModelEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads promoted models from network checkpoints: reads and verifies the checkpoint file, builds
 * its folded inference model and starts an {@link InferenceService} for it (closed when the model
 * is released by everyone, see {@link LoadedModel}). Positions are evaluated under a random one
 * of the 8 symmetries, with an optional evaluation cache.
 */
public final class CheckpointModelLoader implements ModelLoader {

  private final Path runDir;
  private final NetworkConfig expected;
  private final InferenceService.Options options;
  private final int cacheEntries;
  private final long seed;

  /**
   * @param runDir relative checkpoint paths on the model queue are resolved against this
   * @param expected the network config the actor plays with (board size, features, shape), or
   *     null to accept any checkpoint (its board size must still match the actor's)
   * @param options batching of the inference service (max batch, wait, workers)
   * @param cacheEntries evaluation cache size, 0 for none
   * @param seed seeds the symmetry choices (mixed with the model id)
   */
  public CheckpointModelLoader(Path runDir, NetworkConfig expected, InferenceService.Options options,
      int cacheEntries, long seed) {
    this.runDir = Objects.requireNonNull(runDir, "runDir");
    this.expected = expected;
    this.options = Objects.requireNonNull(options, "options");
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("cacheEntries must be >= 0, got " + cacheEntries);
    }
    this.cacheEntries = cacheEntries;
    this.seed = seed;
  }

  /**
   * @throws IOException (a {@code CheckpointException}) naming the file if it is unreadable,
   *     corrupt or does not match the expected config
   */
  @Override
  public LoadedModel load(ModelEvent.Promoted promoted) throws IOException {
    Path path = runDir.resolve(promoted.checkpointPath());
    Checkpoint checkpoint = CheckpointFile.read(path, expected);
    InferenceService service = new InferenceService(checkpoint.inferenceModel(), options);
    EvalCache cache = cacheEntries > 0 ? new EvalCache(cacheEntries) : null;
    NetworkPolicyValue policyValue = new NetworkPolicyValue(service, cache, true,
        seed ^ promoted.modelId().hashCode());
    return new LoadedModel(promoted.modelId(), policyValue, checkpoint.metadata().featureVersion(),
        service);
  }
}
