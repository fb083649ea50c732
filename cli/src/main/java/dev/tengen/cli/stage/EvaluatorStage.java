package dev.tengen.cli.stage;

import dev.tengen.cli.config.EngineConfig;
import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.evaluator.EvaluatorDirectory;
import dev.tengen.evaluator.gatekeeper.CheckpointContestants;
import dev.tengen.evaluator.gatekeeper.GatekeeperConfig;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchProgress;
import dev.tengen.mcts.SearchParams;
import dev.tengen.selfplay.queue.ModelQueue;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The gatekeeper on the run: plays each candidate against the best model with match search
 * ({@code tengen.match.search}) and the gating rule ({@code tengen.evaluator}), journals every
 * game for the Elo ladder ({@code runs/NAME/evaluator/}) and appends the verdicts.
 */
public final class EvaluatorStage implements Stage {
  private final RunDirectory run;
  private final GatekeeperConfig gatekeeper;
  private final CheckpointContestants contestants;
  private final PrintStream log;
  private volatile Thread runner;
  private volatile boolean stopRequested;

  /** @throws dev.tengen.cli.config.ConfigError naming a bad key */
  public EvaluatorStage(RunDirectory run, TengenConfig config, PrintStream log) {
    this.run = run;
    this.log = log;
    this.gatekeeper = StageConfigs.gatekeeper(config);
    SearchParams search = config.bind("match.search", SearchParams.class);
    EngineConfig engine = config.bind("engine", EngineConfig.class);
    this.contestants = new CheckpointContestants(run.dir(), StageConfigs.network(config), search,
        StageConfigs.inference(config), StageConfigs.cacheEntries(config), engine.resign(),
        engine.seed());
  }

  @Override
  public String name() {
    return "evaluator";
  }

  @Override
  public void run() throws InterruptedException {
    runner = Thread.currentThread();
    if (stopRequested) {
      return;
    }
    EvaluatorDirectory directory = EvaluatorDirectory.open(run.evaluator());
    try (ModelQueue models = ModelQueue.open(run.models())) {
      MatchListener listener = new MatchListener() {
        @Override
        public void gameFinished(MatchProgress progress) {
          log.println("evaluator: " + progress);
        }

        @Override
        public void event(String message) {
          log.println("evaluator: " + message);
        }
      };
      directory.gatekeeper(models, contestants, gatekeeper, listener, Clock.systemUTC()).run();
    } catch (InterruptedException e) {
      if (!stopRequested) {
        throw e;
      }
    }
  }

  @Override
  public void stop() {
    stopRequested = true;
    Thread t = runner;
    if (t != null) {
      t.interrupt();
    }
  }
}
