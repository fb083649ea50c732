package dev.tengen.cli.stage;

import dev.tengen.cli.config.EngineConfig;
import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.progress.MatchProgressLog;
import dev.tengen.evaluator.EvaluatorDirectory;
import dev.tengen.evaluator.gatekeeper.CheckpointContestants;
import dev.tengen.evaluator.gatekeeper.GatekeeperConfig;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.mcts.SearchParams;
import dev.tengen.selfplay.queue.ModelQueue;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * The gatekeeper on the run: plays each candidate against the best model with match search
 * ({@code tengen.match.search} at {@code tengen.evaluator.visits}) and the gating rule ({@code
 * tengen.evaluator}), journals every game for the Elo ladder ({@code runs/NAME/evaluator/}) and appends the verdicts.
 */
public final class EvaluatorStage implements Stage {
  private final RunDirectory run;
  private final GatekeeperConfig gatekeeper;
  private final CheckpointContestants contestants;
  private final PrintStream log;
  private final boolean terminal;
  private final Duration progressInterval;
  private volatile Thread runner;
  private volatile boolean stopRequested;

  /**
   * An evaluator logging plain lines (as to a file).
   *
   * @throws dev.tengen.cli.config.ConfigError naming a bad key
   */
  public EvaluatorStage(RunDirectory run, TengenConfig config, PrintStream log) {
    this(run, config, log, false);
  }

  /**
   * @param log where matches and verdicts are reported
   * @param terminal whether {@code log} is a terminal (match progress bars redrawn in place)
   * @throws dev.tengen.cli.config.ConfigError naming a bad key
   */
  public EvaluatorStage(RunDirectory run, TengenConfig config, PrintStream log, boolean terminal) {
    this.run = run;
    this.log = log;
    this.terminal = terminal;
    this.progressInterval = StageConfigs.status(config).progressInterval();
    this.gatekeeper = StageConfigs.gatekeeper(config);
    SearchParams search = StageConfigs.gatingSearch(config);
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
      MatchListener listener = new MatchProgressLog("evaluator", log, terminal, progressInterval);
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
