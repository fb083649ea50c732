package dev.tengen.selfplay.actor;

import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameIds;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One self-play actor process wired to a run directory: opens {@code games/} and {@code
 * models/}, follows the promoted model with a {@link ModelFollower}, plays with a {@link
 * SelfPlayActor}, and appends metrics to {@code metrics/selfplay.jsonl} (and the log) every
 * {@code metricsInterval} and once at the end. What {@code tengen selfplay} calls.
 */
public final class SelfPlayRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SelfPlayRunner.class);

  private final RunLayout run;
  private final ActorConfig config;
  private final ModelLoader loader;
  private final String actorName;
  private final SelfPlayActor.GameListener listener;
  private volatile SelfPlayActor actor;
  private volatile boolean stopRequested;

  /**
   * @param actorName names this actor in metrics lines; {@link #defaultActorName()} gives
   *     "host-pid"
   */
  public SelfPlayRunner(RunLayout run, ActorConfig config, ModelLoader loader, String actorName,
      SelfPlayActor.GameListener listener) {
    this.run = Objects.requireNonNull(run, "run");
    this.config = Objects.requireNonNull(config, "config");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** "host-pid" of this JVM, as the JVM names itself. */
  public static String defaultActorName() {
    String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
    int at = name.indexOf('@');
    return at < 0 ? name : name.substring(at + 1) + "-" + name.substring(0, at);
  }

  /**
   * Plays until {@code maxGames} games are appended or {@link #stop()}.
   *
   * @param firstModelTimeout how long to wait for a promoted model to load
   * @throws IllegalStateException if no model loads in time
   */
  public void run(Duration firstModelTimeout) throws InterruptedException {
    MetricsLog metricsLog = new MetricsLog(run.selfPlayMetrics());
    try (GamesQueue games = GamesQueue.open(run.games());
         ModelQueue modelQueue = ModelQueue.open(run.models())) {
      ModelFollower follower = new ModelFollower(modelQueue, loader, Duration.ofSeconds(1));
      try {
        follower.awaitFirst(firstModelTimeout);
        SelfPlayActor a = new SelfPlayActor(config, follower, games, GameIds.random(),
            Clock.systemUTC(), listener);
        actor = a;
        if (stopRequested) {
          a.stop();
        }
        Thread reporter = new Thread(() -> report(a, follower, metricsLog), "selfplay-metrics");
        reporter.setDaemon(true);
        reporter.start();
        LOG.info("self-play actor {} starting: {}x{}, {} threads x {} games, batch {}, model {}",
            actorName, config.boardSize(), config.boardSize(), config.threads(),
            config.gamesPerThread(), config.effectiveBatchCapacity(), follower.current());
        try {
          a.run();
        } finally {
          reporter.interrupt();
          reporter.join(5_000);
          writeMetrics(a, follower, metricsLog);
        }
      } finally {
        follower.close();
      }
    }
  }

  /** Asks the actor to stop soon (games in progress are dropped). */
  public void stop() {
    stopRequested = true;
    SelfPlayActor a = actor;
    if (a != null) {
      a.stop();
    }
  }

  private void report(SelfPlayActor a, ModelFollower follower, MetricsLog log) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(config.metricsInterval().toMillis());
        writeMetrics(a, follower, log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeMetrics(SelfPlayActor a, ModelFollower follower, MetricsLog log) {
    LoadedModel model = follower.current();
    MetricsSnapshot snapshot = a.metrics().snapshot(actorName,
        model == null ? "" : model.modelId(), System.currentTimeMillis());
    try {
      log.append(snapshot);
    } catch (RuntimeException e) {
      LOG.warn("cannot write metrics: {}", e.toString());
    }
    LOG.info(snapshot.toLogLine());
  }
}
