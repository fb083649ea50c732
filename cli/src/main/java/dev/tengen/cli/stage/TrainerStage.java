package dev.tengen.cli.stage;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.trainer.Trainer;
import dev.tengen.trainer.TrainerParams;

/**
 * The trainer on the run: tails the games queue, trains, writes checkpoints and candidates. A run
 * without trainer checkpoints starts from the initial model ({@link RunBootstrap}).
 */
public final class TrainerStage implements Stage {
  private final TrainerParams params;
  private volatile Trainer trainer;
  private volatile boolean stopRequested;

  /** @throws dev.tengen.cli.config.ConfigError naming a bad key */
  public TrainerStage(RunDirectory run, TengenConfig config) {
    this.params = StageConfigs.trainer(config, run.dir()).toBuilder()
        .initialCheckpoint(RunBootstrap.initialCheckpoint(run))
        .build();
  }

  @Override
  public String name() {
    return "trainer";
  }

  @Override
  public void run() {
    Trainer t = Trainer.open(params);
    trainer = t;
    try {
      if (!stopRequested) {
        t.run();
      }
    } finally {
      t.close();
    }
  }

  @Override
  public void stop() {
    stopRequested = true;
    Trainer t = trainer;
    if (t != null) {
      t.stop();
    }
  }
}
