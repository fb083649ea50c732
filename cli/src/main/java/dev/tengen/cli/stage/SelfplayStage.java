package dev.tengen.cli.stage;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.selfplay.actor.CheckpointModelLoader;
import dev.tengen.selfplay.actor.SelfPlayRunner;
import java.time.Duration;

/** A self-play actor on the run: plays with the promoted model, appends games to the queue. */
public final class SelfplayStage implements Stage {
  /** How long the actor waits for the first promoted model to load. */
  static final Duration FIRST_MODEL_TIMEOUT = Duration.ofMinutes(10);

  private final SelfPlayRunner runner;

  /** @throws dev.tengen.cli.config.ConfigError naming a bad key */
  public SelfplayStage(RunDirectory run, TengenConfig config) {
    ActorConfig actor = StageConfigs.actor(config);
    CheckpointModelLoader loader = new CheckpointModelLoader(run.dir(), StageConfigs.network(config),
        StageConfigs.inference(config), StageConfigs.cacheEntries(config), actor.seed());
    this.runner = new SelfPlayRunner(new RunLayout(run.dir()), actor, loader,
        SelfPlayRunner.defaultActorName(), (index, record) -> {});
  }

  @Override
  public String name() {
    return "selfplay";
  }

  @Override
  public void run() throws InterruptedException {
    runner.run(FIRST_MODEL_TIMEOUT);
  }

  @Override
  public void stop() {
    runner.stop();
  }
}
