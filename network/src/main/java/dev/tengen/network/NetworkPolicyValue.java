package dev.tengen.network;

import dev.tengen.mcts.PolicyValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The ND4J network as search's {@link PolicyValue}: each search thread gets its own
 * {@link NetworkEvalBatch}, which encodes positions as they are added (under a random one of
 * the 8 symmetries, undone on the outputs), looks them up in the optional {@link EvalCache},
 * and sends the rest to the shared {@link InferenceService}, where they are merged with other
 * threads' batches into one network call.
 *
 * <p>{@link #newBatch} may be called from any number of threads. The per-batch random
 * generators are split from the seed in creation order, so a single-threaded run is
 * reproducible.
 */
public final class NetworkPolicyValue implements PolicyValue, AutoCloseable {

  private final InferenceService service;
  private final EvalCache cache;
  private final boolean randomSymmetry;
  private final SplittableRandom seeds;
  private final boolean ownsService;

  /**
   * Evaluates through an existing service (not closed by {@link #close()}).
   *
   * @param cache the shared cache, or null for none
   * @param randomSymmetry true to evaluate each position under a random symmetry (self-play,
   *     play), false to always use the identity (tests, deterministic analysis)
   * @param seed seeds the symmetry choices
   */
  public NetworkPolicyValue(InferenceService service, EvalCache cache, boolean randomSymmetry,
      long seed) {
    this(service, cache, randomSymmetry, seed, false);
  }

  private NetworkPolicyValue(InferenceService service, EvalCache cache, boolean randomSymmetry,
      long seed, boolean ownsService) {
    this.service = service;
    this.cache = cache;
    this.randomSymmetry = randomSymmetry;
    this.seeds = new SplittableRandom(seed);
    this.ownsService = ownsService;
  }

  /**
   * Loads a checkpoint, builds its folded inference model and starts a service of its own
   * (closed by {@link #close()}), with random symmetries and a cache of {@code cacheEntries}
   * entries (0 for none).
   *
   * @param expected the config the caller plays with (board size, feature version, shape), or null
   * @throws CheckpointException naming the file if it is unreadable, corrupt or mismatched
   */
  public static NetworkPolicyValue fromCheckpoint(Path checkpoint, NetworkConfig expected,
      InferenceService.Options options, int cacheEntries, long seed) throws IOException {
    InferenceModel model = CheckpointFile.read(checkpoint, expected).inferenceModel();
    InferenceService service = new InferenceService(model, options);
    EvalCache cache = cacheEntries > 0 ? new EvalCache(cacheEntries) : null;
    return new NetworkPolicyValue(service, cache, true, seed, true);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the board size is not the model's or capacity &lt; 1
   */
  @Override
  public NetworkEvalBatch newBatch(int boardSize, int capacity) {
    int modelSize = service.model().config().boardSize();
    if (boardSize != modelSize) {
      throw new IllegalArgumentException(
          "the network plays " + modelSize + "x" + modelSize + ", not " + boardSize + "x" + boardSize);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    SplittableRandom random;
    synchronized (seeds) {
      random = seeds.split();
    }
    return new NetworkEvalBatch(service, cache, boardSize, capacity,
        randomSymmetry ? random : null);
  }

  /**
   * Swaps in a new model (e.g. a promoted checkpoint) for evaluations started from now on, and
   * clears the cache.
   */
  public void setModel(InferenceModel model) {
    service.setModel(model);
    if (cache != null) {
      cache.clear();
    }
  }

  public InferenceService service() {
    return service;
  }

  /** The cache, or null. */
  public EvalCache cache() {
    return cache;
  }

  /** Closes the service if this object started it. */
  @Override
  public void close() {
    if (ownsService) {
      service.close();
    }
  }
}
