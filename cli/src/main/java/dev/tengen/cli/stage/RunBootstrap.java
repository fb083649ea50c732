package dev.tengen.cli.stage;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.trainer.TrainerParams;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Gives a new run its first best model, so that self-play can start before any training: a
 * fresh network (the trainer's shape and seed) written to {@value #INITIAL_CHECKPOINT} and
 * promoted on the model queue as {@value #INITIAL_MODEL_ID}. The trainer starts from the same
 * checkpoint. Idempotent and safe across processes and crashes: the checkpoint is written
 * atomically and reused if present, and the model queue writes exactly one initial promotion.
 */
public final class RunBootstrap {
  /** Model id of the initial model. */
  public static final String INITIAL_MODEL_ID = "initial";
  /** Where the initial checkpoint lives, relative to the run directory. */
  public static final String INITIAL_CHECKPOINT = "checkpoints/initial.ckpt";

  private RunBootstrap() {}

  /**
   * Makes sure the run has a best model.
   *
   * @return the current best model
   */
  public static ModelEvent.Promoted ensureInitialModel(RunDirectory run, TengenConfig config,
      PrintStream log) {
    try (ModelQueue models = ModelQueue.open(run.models())) {
      var existing = models.latestPromoted();
      if (existing.isPresent()) {
        return existing.get();
      }
      Path checkpoint = initialCheckpoint(run);
      if (!Files.isRegularFile(checkpoint)) {
        NetworkConfig network = StageConfigs.network(config);
        TrainerParams trainer = StageConfigs.trainer(config, run.dir());
        log.println("tengen: creating the initial model " + checkpoint + " (" + network.blocks()
            + " blocks x " + network.channels() + " channels, seed " + trainer.seed() + ")");
        TrainableNetwork fresh = TrainableNetwork.create(network, trainer.training(), trainer.seed());
        Files.createDirectories(checkpoint.getParent());
        CheckpointFile.write(fresh.checkpoint("", 0), checkpoint);
      }
      return models.ensureInitialBest(INITIAL_MODEL_ID, INITIAL_CHECKPOINT, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the initial model of " + run.dir(), e);
    }
  }

  /** The initial checkpoint's path. */
  public static Path initialCheckpoint(RunDirectory run) {
    return run.dir().resolve(INITIAL_CHECKPOINT);
  }
}
