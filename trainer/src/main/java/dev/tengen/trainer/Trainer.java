package dev.tengen.trainer;

import dev.tengen.network.Checkpoint;
import dev.tengen.network.CheckpointException;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingBatch;
import dev.tengen.network.TrainingLosses;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trainer stage. {@link #open} restores the newest complete checkpoint (weights, optimizer
 * state, counters) and rebuilds the identical replay window from the games queue; {@link #run}
 * then loops: take new games from the queue into the window, and whenever the ratio control
 * allows a batch, draw a minibatch, take one SGD step, log its metrics, and every K steps write a
 * checkpoint, announce it as a candidate and (if configured) delete the checkpoints of rejected
 * candidates ({@link CheckpointPruner}). {@link #stop} (from any thread) ends the loop after
 * the current step, without a checkpoint: a restart redoes at most K-1 steps, exactly (same
 * window, same batches), and never counts a position or a sample twice.
 *
 * <p>Usage as a stage (the CLI's embedded {@code tengen run}, or {@code tengen train}):
 *
 * <pre>{@code
 * try (Trainer trainer = Trainer.open(params)) {   // in the stage's thread
 *   trainer.run();                                 // returns after stop() or maxSteps
 * }
 * // from another thread, e.g. a shutdown hook:  trainer.stop();
 * }</pre>
 *
 * Not thread-safe apart from {@link #stop()} and the read-only progress getters.
 */
public final class Trainer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  /** Records taken from the queue per loop iteration at most, so steps interleave with a backlog. */
  static final int RECORDS_PER_PUMP = 64;

  private static final long LOG_INTERVAL_NANOS = 60_000_000_000L;

  /** What one iteration of the loop did. */
  enum Progress {
    /** Took one training step. */
    TRAINED,
    /** Took records from the queue but did not train. */
    INGESTED,
    /** Nothing to do: no new records and no training allowed (waiting for data). */
    IDLE
  }

  private final TrainerParams params;
  private final long seed;
  private final GamesQueue games;
  private final ModelQueue models;
  private final GamesFeed feed;
  private final CheckpointStore store;
  private final CandidateAnnouncer announcer;
  private final CheckpointPruner pruner;
  private final TrainableNetwork network;
  private final RowExtractor extractor;
  private final ReplayWindow window;
  private final SampleBudget budget;
  private final MinibatchSampler sampler;
  private final TrainingBatch batch;
  private final MetricsLog metrics;
  private final long wallMillisBefore;
  private final long openedAtNanos = System.nanoTime();

  private volatile boolean stopRequested;
  private volatile long gamesConsumed;
  private volatile long skippedRecords;
  private String parentModelId;

  private long pendingDataNanos;
  private long totalDataNanos;
  private long totalTrainNanos;
  private long lastStepEndNanos = -1;
  private long lastWaitLogNanos = Long.MIN_VALUE / 2;
  private long lastSkipLogNanos = Long.MIN_VALUE / 2;
  private boolean waiting;

  private Trainer(TrainerParams params, Restored restored, GamesQueue games, ModelQueue models) {
    this.params = params;
    this.games = games;
    this.models = models;
    this.store = restored.store;
    this.network = restored.network;
    this.parentModelId = restored.parentModelId;
    this.wallMillisBefore = restored.wallMillis;
    TrainingState state = restored.state;
    this.seed = state.seed();
    this.gamesConsumed = state.gamesConsumed();
    this.skippedRecords = state.skippedRecords();
    this.announcer = new CandidateAnnouncer(models, Clock.systemUTC());
    this.pruner = params.pruneRejectedCheckpoints()
        ? new CheckpointPruner(store, params.runDir(), params.keepLatestCheckpoints()) : null;
    this.extractor = new RowExtractor(params.network().boardSize(), params.rootValueWeight(),
        params.valueOnlyFastSearchPositions());
    this.window = new ReplayWindow(params.window(),
        state.windowFirstQueueIndex() >= 0 ? state.windowFirstRow() : state.positionsConsumed());
    this.feed = new GamesFeed(games, params.readerName(), state.windowFirstQueueIndex(),
        state.lastQueueIndex(), params.skipUnreadableRecords());
    this.budget = new SampleBudget(params.samplesPerPosition(), params.bucketCapacity(),
        Math.min(state.bucketLevel(), params.bucketCapacity()), state.droppedCredit());
    this.sampler = new MinibatchSampler(params.network().boardSize());
    this.batch = new TrainingBatch(params.network().boardSize(), params.batchSize());
    rebuildWindow(state);
    this.metrics = MetricsLog.open(params.metricsFile(), network.step());
    if (restored.loadedModelId != null) {
      announce(restored.loadedModelId, restored.loadedFile, network.step());
    }
  }

  /** What {@link #open} restored before the queues are read. */
  private record Restored(CheckpointStore store, TrainableNetwork network, TrainingState state,
      String parentModelId, String loadedModelId, Path loadedFile, long wallMillis) {}

  /**
   * Opens the trainer of a run: restores the newest complete checkpoint in
   * {@code runDir/checkpoints} (else starts from {@code params.initialCheckpoint()}, else from a
   * fresh net), opens the games and model queues, rebuilds the replay window from the queue, and
   * announces the restored checkpoint if a crash kept it from being announced. Cost: reading the
   * checkpoint and replaying the window's games once.
   *
   * @throws UnusableRecordException if a record inside the window to rebuild cannot be used and
   *     skipping is off
   * @throws IllegalStateException if the newest checkpoint is for another network shape, or the
   *     queue no longer holds what the checkpoint consumed
   * @throws UncheckedIOException if the initial checkpoint cannot be read
   */
  public static Trainer open(TrainerParams params) {
    Restored restored = restore(params);
    GamesQueue games = GamesQueue.open(params.gamesDir());
    ModelQueue models = null;
    try {
      models = ModelQueue.open(params.modelsDir());
      return new Trainer(params, restored, games, models);
    } catch (RuntimeException e) {
      if (models != null) {
        models.close();
      }
      games.close();
      throw e;
    }
  }

  private static Restored restore(TrainerParams params) {
    CheckpointStore store = new CheckpointStore(params.checkpointDir());
    Optional<CheckpointStore.Loaded> latest = store.latest(params.network());
    if (latest.isPresent()) {
      CheckpointStore.Loaded loaded = latest.get();
      TrainableNetwork network = TrainableNetwork.resume(loaded.checkpoint(), params.training());
      TrainingState state = loaded.state();
      if (state.samplesSeen() != network.samplesSeen()) {
        throw new IllegalStateException("checkpoint " + loaded.file() + " says " + network.samplesSeen()
            + " samples seen but its trainer state " + state.samplesSeen());
      }
      if (state.seed() != params.seed()) {
        LOG.info("resuming with the run's recorded seed {} (the config says {})", state.seed(),
            params.seed());
      }
      LOG.info("resuming from {} at step {} ({} samples seen, {} positions consumed)",
          loaded.file(), network.step(), network.samplesSeen(), state.positionsConsumed());
      return new Restored(store, network, state, loaded.modelId(), loaded.modelId(), loaded.file(),
          loaded.checkpoint().metadata().trainingWallMillis());
    }
    if (params.initialCheckpoint() != null) {
      Checkpoint initial;
      try {
        initial = CheckpointFile.read(params.initialCheckpoint(), params.network());
      } catch (CheckpointException e) {
        throw new UncheckedIOException("cannot start from the initial checkpoint", e);
      }
      TrainableNetwork network = TrainableNetwork.resume(initial, params.training());
      LOG.info("starting from the initial checkpoint {}", params.initialCheckpoint());
      TrainingState state = new TrainingState(network.step(), network.samplesSeen(), 0, 0, -1, -1,
          0, 0, 0, 0, 0, params.seed());
      String name = params.initialCheckpoint().getFileName().toString();
      return new Restored(store, network, state, name, null, null,
          initial.metadata().trainingWallMillis());
    }
    LOG.info("starting a fresh {} network from seed {}", params.network(), params.seed());
    TrainableNetwork network =
        TrainableNetwork.create(params.network(), params.training(), params.seed());
    return new Restored(store, network, TrainingState.fresh(params.seed()), null, null, null, 0);
  }

  private void rebuildWindow(TrainingState state) {
    long rebuilt = 0;
    while (feed.lastDelivered() < state.lastQueueIndex()) {
      GamesFeed.Item item = feed.poll();
      if (item == null) {
        throw new IllegalStateException("the games queue ends at "
            + Long.toHexString(feed.lastDelivered()) + "h but the checkpoint consumed up to "
            + Long.toHexString(state.lastQueueIndex()) + "h: was the queue replaced?");
      }
      if (item.kind() != GamesFeed.Kind.REBUILD) {
        throw new IllegalStateException("record " + Long.toHexString(item.index())
            + "h came before the checkpoint's last consumed record "
            + Long.toHexString(state.lastQueueIndex()) + "h was seen");
      }
      if (item.record() == null) {
        continue; // unreadable, skipped (and counted) before the checkpoint
      }
      try {
        window.add(extractor.extract(item.record(), item.index()));
        rebuilt++;
      } catch (UnusableRecordException e) {
        if (!params.skipUnreadableRecords()) {
          throw e;
        }
      }
    }
    if (state.windowFirstQueueIndex() < 0) {
      return;
    }
    if (window.endRow() != state.positionsConsumed() || window.digest() != state.windowDigest()) {
      LOG.warn("the rebuilt window (rows up to {}, digest {}) differs from the checkpoint's (rows "
              + "up to {}, digest {}): were the window or target settings changed?",
          window.endRow(), Long.toHexString(window.digest()), state.positionsConsumed(),
          Long.toHexString(state.windowDigest()));
    } else {
      LOG.info("rebuilt the window from {} games: {} positions, digest {}", rebuilt, window.size(),
          Long.toHexString(window.digest()));
    }
  }

  /**
   * Runs the loop until {@link #stop()} is called or {@code maxSteps} is reached. Waits for data
   * (polling every {@code pollInterval}, logging "waiting for data") when there is nothing to do.
   *
   * @throws UnusableRecordException if a record cannot be used and skipping is off (the trainer
   *     stops; its last checkpoint stays the point to resume from)
   * @throws IllegalStateException if training diverges (non-finite loss)
   */
  public void run() {
    while (!stopRequested && !reachedMaxSteps()) {
      Progress progress = pump();
      if (progress == Progress.IDLE) {
        try {
          Thread.sleep(params.pollInterval().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          LOG.info("interrupted; stopping");
          return;
        }
      }
    }
    LOG.info("stopped at step {} ({} samples seen)", network.step(), network.samplesSeen());
  }

  /** Asks {@link #run()} to return after the current step. Thread-safe; returns at once. */
  public void stop() {
    stopRequested = true;
  }

  private boolean reachedMaxSteps() {
    return params.maxSteps() > 0 && network.step() >= params.maxSteps();
  }

  /** One iteration: take up to {@link #RECORDS_PER_PUMP} records, then train once if allowed. */
  Progress pump() {
    long start = System.nanoTime();
    int taken = 0;
    while (taken < RECORDS_PER_PUMP) {
      GamesFeed.Item item = feed.poll();
      if (item == null) {
        break;
      }
      ingest(item);
      taken++;
    }
    pendingDataNanos += System.nanoTime() - start;
    if (!reachedMaxSteps() && window.ready() && budget.allows(params.batchSize())) {
      waiting = false;
      trainOneStep();
      return Progress.TRAINED;
    }
    if (taken > 0) {
      return Progress.INGESTED;
    }
    logWaiting();
    return Progress.IDLE;
  }

  private void ingest(GamesFeed.Item item) {
    if (item.kind() == GamesFeed.Kind.REBUILD) {
      return; // cannot happen after open(): the feed delivers those first
    }
    if (item.record() == null) {
      skippedRecords++;
      LOG.warn("skipped unreadable record at {}h ({} skipped so far): {}",
          Long.toHexString(item.index()), skippedRecords, item.problem().getMessage());
      return;
    }
    WindowGame game;
    try {
      game = extractor.extract(item.record(), item.index());
    } catch (UnusableRecordException e) {
      if (!params.skipUnreadableRecords()) {
        throw e;
      }
      skippedRecords++;
      LOG.warn("skipped unusable record ({} skipped so far): {}", skippedRecords, e.getMessage());
      return;
    }
    window.add(game);
    gamesConsumed++;
    long skipped = budget.credit(game.rows());
    if (skipped > 0) {
      long now = System.nanoTime();
      if (now - lastSkipLogNanos >= LOG_INTERVAL_NANOS) {
        lastSkipLogNanos = now;
        LOG.info("self-play is far ahead of training: skipping ahead, {} positions' training "
            + "credit dropped so far (bucket full at {} samples)", budget.skippedPositions(),
            params.bucketCapacity());
      }
    }
  }

  private void logWaiting() {
    long now = System.nanoTime();
    if (waiting && now - lastWaitLogNanos < LOG_INTERVAL_NANOS) {
      return;
    }
    waiting = true;
    lastWaitLogNanos = now;
    if (!window.ready()) {
      LOG.info("waiting for data: {} of the {} positions needed to start training",
          window.endRow(), params.window().minPositions());
    } else if (!reachedMaxSteps()) {
      LOG.info("waiting for data: ratio control holds {} of the {} samples a step needs "
          + "({} samples per new position)", (long) budget.level(), params.batchSize(),
          params.samplesPerPosition());
    }
  }

  private void trainOneStep() {
    long sampleStart = System.nanoTime();
    long windowSize = window.size();
    SplittableRandom random = MinibatchSampler.randomFor(seed, network.step());
    sampler.fill(window, batch, params.batchSize(), random);
    long trainStart = System.nanoTime();
    double learningRate = params.training().schedule().rateAt(network.step());
    TrainingLosses losses = network.train(batch);
    long end = System.nanoTime();
    budget.spend(params.batchSize());

    long dataNanos = pendingDataNanos + (trainStart - sampleStart);
    long trainNanos = end - trainStart;
    pendingDataNanos = 0;
    totalDataNanos += dataNanos;
    totalTrainNanos += trainNanos;
    double samplesPerSecond = lastStepEndNanos < 0
        ? Double.NaN : params.batchSize() * 1e9 / (end - lastStepEndNanos);
    lastStepEndNanos = end;
    metrics.append(new StepMetrics(network.step(), System.currentTimeMillis(), losses.policy(),
        losses.value(), losses.ownership(), losses.l2(), learningRate, samplesPerSecond,
        (double) dataNanos / (dataNanos + trainNanos), windowSize, gamesConsumed, window.endRow(),
        network.samplesSeen(), budget.skippedPositions(), skippedRecords));
    if (network.step() % params.checkpointEverySteps() == 0) {
      checkpoint();
    }
  }

  private void checkpoint() {
    long step = network.step();
    TrainingState state = new TrainingState(step, network.samplesSeen(), gamesConsumed,
        window.endRow(), feed.lastDelivered(), window.oldestQueueIndex(),
        window.oldestGameFirstRow(), window.digest(), budget.level(), budget.droppedCredit(),
        skippedRecords, seed);
    long wallMillis = wallMillisBefore + (System.nanoTime() - openedAtNanos) / 1_000_000;
    Checkpoint checkpoint = network.checkpoint(parentModelId, wallMillis);
    Path file = store.save(checkpoint, state);
    feed.acknowledge(state.lastQueueIndex());
    String modelId = CheckpointStore.modelId(step);
    announce(modelId, file, step);
    parentModelId = modelId;
    LOG.info("checkpoint {} at step {}: window {} positions, {} games consumed", file, step,
        window.size(), gamesConsumed);
    if (pruner != null) {
      prune(step);
    }
  }

  /** One retention pass after the checkpoint of {@code step}; a failure never stops training. */
  private void prune(long step) {
    try {
      List<ModelEvent> events = new ArrayList<>();
      for (Indexed<ModelEvent> event : models.readAll()) {
        events.add(event.value());
      }
      pruner.prune(events, step);
    } catch (RuntimeException e) {
      LOG.warn("checkpoint retention pass failed; training goes on and the next checkpoint "
          + "retries: {}", e.toString());
    }
  }

  private void announce(String modelId, Path file, long step) {
    String relative = params.runDir().toAbsolutePath().relativize(file.toAbsolutePath()).toString();
    if (announcer.announce(modelId, relative, step)) {
      LOG.info("announced candidate {} ({})", modelId, relative);
    }
  }

  /** Training steps done over the run. */
  public long step() {
    return network.step();
  }

  /** Training samples done over the run. */
  public long samplesSeen() {
    return network.samplesSeen();
  }

  /** Games taken into the window over the run. */
  public long gamesConsumed() {
    return gamesConsumed;
  }

  /** Records skipped as unreadable or unusable over the run. */
  public long skippedRecords() {
    return skippedRecords;
  }

  /** Positions skipped ahead over by the ratio control over the run. */
  public long skippedPositions() {
    return budget.skippedPositions();
  }

  /**
   * Wall-clock nanoseconds spent in the data path (queue reading, extraction, window upkeep,
   * sampling and encoding) and in training steps since {@link #open}: {@code {data, train}}.
   */
  public long[] timeSplitNanos() {
    return new long[] {totalDataNanos, totalTrainNanos};
  }

  /** The replay window (for tests and diagnostics; do not modify). */
  ReplayWindow window() {
    return window;
  }

  /** The sample budget (for tests). */
  SampleBudget budget() {
    return budget;
  }

  /** Closes the metrics log and the queues. Does not write a checkpoint. */
  @Override
  public void close() {
    try {
      metrics.close();
      feed.close();
    } finally {
      models.close();
      games.close();
    }
  }
}
