package dev.tengen.trainer;

import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainingParams;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Every knob of the trainer stage, validated once. Build with {@link #builder(Path)}; each
 * builder default below is the documented default of the reference config.
 *
 * @param runDir the run directory {@code runs/NAME} (games/, models/, checkpoints/, metrics/)
 * @param network the net to create when the run has no checkpoint yet (default
 *     {@link NetworkConfig#defaults}(9): 6 blocks × 64 channels on 9x9)
 * @param training the optimizer's hyperparameters: learning-rate schedule by step, Nesterov
 *     momentum, L2, ownership-loss weight, batch-norm momentum (default {@link TrainingParams#DEFAULT})
 * @param batchSize samples per training step (default 256)
 * @param window the replay window's size rule (default {@link WindowSizing#DEFAULT})
 * @param samplesPerPosition training samples per new window position, the ratio control (default
 *     4; KataGo runs use 4 to 8); 0 turns ratio control off
 * @param bucketCapacity the most training credit, in samples, the ratio control banks; beyond it
 *     new positions' credit is dropped and they count as skipped (default 50,000 ≈ 195 steps)
 * @param rootValueWeight weight of the search's root value in the value target, in [0, 1]
 *     (default 0: the game result alone)
 * @param valueOnlyFastSearchPositions whether positions before fast-search moves (playout cap
 *     randomization) enter the window as value-only rows, policy weight 0, training the value and
 *     ownership heads only (true, default, as KataGo), or are skipped (false); full-search
 *     positions are always rows with policy weight 1. The ratio control counts window rows, so
 *     with true a fast-search position earns credit like a full-search one
 * @param checkpointEverySteps a checkpoint and a candidate event every this many steps
 *     (default 500)
 * @param pruneRejectedCheckpoints whether, after each checkpoint, the trainer deletes the
 *     checkpoint and trainer state of every candidate the model queue says was rejected, except
 *     the newest {@code keepLatestCheckpoints} ({@link CheckpointPruner}; default true). Never
 *     deleted: {@code initial.ckpt}, promoted models, undecided candidates
 * @param keepLatestCheckpoints how many of the trainer's newest checkpoints (with their trainer
 *     states) pruning always keeps, whatever the queue decided; at least 2, so a newest one that
 *     turns out unreadable still leaves one to resume from (default 3)
 * @param seed the run's seed: the fresh net's weights and every minibatch's sampling and
 *     symmetries derive from it (default 1)
 * @param readerName the durable games-queue reader's name (default "trainer")
 * @param skipUnreadableRecords whether a record that cannot be decoded or used is skipped and
 *     counted (true) or stops the trainer with a message naming its queue index (false, default)
 * @param maxSteps stop after this many steps in total (0 = until {@link Trainer#stop()}, default)
 * @param initialCheckpoint the checkpoint to start from when the run has no trainer checkpoint
 *     yet (e.g. the initial model the launcher wrote and promoted), or null to create a fresh net
 *     from {@code network} and {@code seed} (default null)
 * @param pollInterval how long to wait before looking at the queue again when there is nothing to
 *     do (default 200 ms)
 */
public record TrainerParams(
    Path runDir,
    NetworkConfig network,
    TrainingParams training,
    int batchSize,
    WindowSizing window,
    double samplesPerPosition,
    long bucketCapacity,
    double rootValueWeight,
    boolean valueOnlyFastSearchPositions,
    int checkpointEverySteps,
    boolean pruneRejectedCheckpoints,
    int keepLatestCheckpoints,
    long seed,
    String readerName,
    boolean skipUnreadableRecords,
    long maxSteps,
    Path initialCheckpoint,
    Duration pollInterval) {

  /** Validates every field; throws IllegalArgumentException naming the bad one. */
  public TrainerParams {
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(readerName, "readerName");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
    }
    if (!(samplesPerPosition >= 0) || Double.isInfinite(samplesPerPosition)) {
      throw new IllegalArgumentException(
          "samplesPerPosition must be finite and >= 0, got " + samplesPerPosition);
    }
    if (bucketCapacity < batchSize) {
      throw new IllegalArgumentException(
          "bucketCapacity (" + bucketCapacity + ") must hold at least one batch (" + batchSize + ")");
    }
    if (!(rootValueWeight >= 0 && rootValueWeight <= 1)) {
      throw new IllegalArgumentException("rootValueWeight must be in [0, 1], got " + rootValueWeight);
    }
    if (checkpointEverySteps < 1) {
      throw new IllegalArgumentException(
          "checkpointEverySteps must be >= 1, got " + checkpointEverySteps);
    }
    if (keepLatestCheckpoints < 2) {
      throw new IllegalArgumentException("keepLatestCheckpoints must be >= 2 (a fallback if the "
          + "newest checkpoint is unreadable), got " + keepLatestCheckpoints);
    }
    if (maxSteps < 0) {
      throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
    }
  }

  /** Where the trainer's checkpoints go: {@code runDir/checkpoints}. */
  public Path checkpointDir() {
    return runDir.resolve("checkpoints");
  }

  /** The per-step metrics file: {@code runDir/metrics/train.jsonl}. */
  public Path metricsFile() {
    return runDir.resolve("metrics").resolve("train.jsonl");
  }

  /** The games queue directory: {@code runDir/games}. */
  public Path gamesDir() {
    return runDir.resolve("games");
  }

  /** The model queue directory: {@code runDir/models}. */
  public Path modelsDir() {
    return runDir.resolve("models");
  }

  /** A builder holding the defaults for a run in {@code runDir}. */
  public static Builder builder(Path runDir) {
    return new Builder(runDir);
  }

  /** A builder starting from these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder(runDir);
    b.network = network;
    b.training = training;
    b.batchSize = batchSize;
    b.window = window;
    b.samplesPerPosition = samplesPerPosition;
    b.bucketCapacity = bucketCapacity;
    b.rootValueWeight = rootValueWeight;
    b.valueOnlyFastSearchPositions = valueOnlyFastSearchPositions;
    b.checkpointEverySteps = checkpointEverySteps;
    b.pruneRejectedCheckpoints = pruneRejectedCheckpoints;
    b.keepLatestCheckpoints = keepLatestCheckpoints;
    b.seed = seed;
    b.readerName = readerName;
    b.skipUnreadableRecords = skipUnreadableRecords;
    b.maxSteps = maxSteps;
    b.initialCheckpoint = initialCheckpoint;
    b.pollInterval = pollInterval;
    return b;
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private final Path runDir;
    private NetworkConfig network = NetworkConfig.defaults(9);
    private TrainingParams training = TrainingParams.DEFAULT;
    private int batchSize = 256;
    private WindowSizing window = WindowSizing.DEFAULT;
    private double samplesPerPosition = 4.0;
    private long bucketCapacity = 50_000;
    private double rootValueWeight = 0.0;
    private boolean valueOnlyFastSearchPositions = true;
    private int checkpointEverySteps = 500;
    private boolean pruneRejectedCheckpoints = true;
    private int keepLatestCheckpoints = 3;
    private long seed = 1;
    private String readerName = "trainer";
    private boolean skipUnreadableRecords = false;
    private long maxSteps = 0;
    private Path initialCheckpoint = null;
    private Duration pollInterval = Duration.ofMillis(200);

    private Builder(Path runDir) {
      this.runDir = runDir;
    }

    public Builder network(NetworkConfig value) {
      network = value;
      return this;
    }

    public Builder training(TrainingParams value) {
      training = value;
      return this;
    }

    public Builder batchSize(int value) {
      batchSize = value;
      return this;
    }

    public Builder window(WindowSizing value) {
      window = value;
      return this;
    }

    public Builder samplesPerPosition(double value) {
      samplesPerPosition = value;
      return this;
    }

    public Builder bucketCapacity(long value) {
      bucketCapacity = value;
      return this;
    }

    public Builder rootValueWeight(double value) {
      rootValueWeight = value;
      return this;
    }

    public Builder valueOnlyFastSearchPositions(boolean value) {
      valueOnlyFastSearchPositions = value;
      return this;
    }

    public Builder checkpointEverySteps(int value) {
      checkpointEverySteps = value;
      return this;
    }

    public Builder pruneRejectedCheckpoints(boolean value) {
      pruneRejectedCheckpoints = value;
      return this;
    }

    public Builder keepLatestCheckpoints(int value) {
      keepLatestCheckpoints = value;
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder readerName(String value) {
      readerName = value;
      return this;
    }

    public Builder skipUnreadableRecords(boolean value) {
      skipUnreadableRecords = value;
      return this;
    }

    public Builder maxSteps(long value) {
      maxSteps = value;
      return this;
    }

    public Builder initialCheckpoint(Path value) {
      initialCheckpoint = value;
      return this;
    }

    public Builder pollInterval(Duration value) {
      pollInterval = value;
      return this;
    }

    public TrainerParams build() {
      return new TrainerParams(runDir, network, training, batchSize, window, samplesPerPosition,
          bucketCapacity, rootValueWeight, valueOnlyFastSearchPositions, checkpointEverySteps,
          pruneRejectedCheckpoints, keepLatestCheckpoints, seed, readerName,
          skipUnreadableRecords, maxSteps, initialCheckpoint, pollInterval);
    }
  }
}
