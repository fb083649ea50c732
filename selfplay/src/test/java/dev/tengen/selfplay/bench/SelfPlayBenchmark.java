package dev.tengen.selfplay.bench;

import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.EvalCache;
import dev.tengen.network.InferenceModel;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.NetworkParameters;
import dev.tengen.network.NetworkPolicyValue;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.selfplay.actor.LoadedModel;
import dev.tengen.selfplay.actor.MetricsSnapshot;
import dev.tengen.selfplay.actor.ModelSource;
import dev.tengen.selfplay.actor.SelfPlayActor;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The self-play harness: runs the actor for a fixed time with a given evaluator and search
 * parameters and prints games/hour, positions/s, network evaluations/s and the time shares
 * (network, search, rules, queue); for the network, beside the raw batched throughput of the same
 * net at the same batch size measured in the same run.
 *
 * <p>Arguments ({@code key=value}, all optional): {@code evaluator=network|uniform} (network),
 * {@code checkpoint=PATH} (default: a freshly initialised net of {@code blocks}x{@code channels},
 * default 6x64), {@code size=9}, {@code full=600 fast=100 fullShare=0.25} (visits, playout cap
 * randomization), {@code games=128} (per thread), {@code threads=1}, {@code seconds=60}.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl selfplay -am -Pselfplay-bench -DskipTests test
 * -Dselfplay.bench.args="evaluator=network seconds=120"}.
 */
public final class SelfPlayBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      for (String part : arg.trim().split("\\s+")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          a.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
    }
    int size = Integer.parseInt(a.getOrDefault("size", "9"));
    int games = Integer.parseInt(a.getOrDefault("games", "128"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "1"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
    SearchParams search = SearchParams.selfPlay().toBuilder()
        .fullVisits(Integer.parseInt(a.getOrDefault("full", "600")))
        .fastVisits(Integer.parseInt(a.getOrDefault("fast", "100")))
        .fullSearchProbability(Double.parseDouble(a.getOrDefault("fullShare", "0.25")))
        .build();
    ActorConfig config = ActorConfig.defaults(size).withSearch(search).withGames(threads, games)
        .withSeed(1).withMetricsInterval(Duration.ofSeconds(seconds));
    String evaluator = a.getOrDefault("evaluator", "network");
    assumedLength = Double.parseDouble(a.getOrDefault("length", "80"));
    System.out.printf(Locale.ROOT, "self-play %dx%d, %d thread(s) x %d games, batch %d, visits %d/%d (%.0f%% full), %d s, evaluator %s%n",
        size, size, threads, games, config.effectiveBatchCapacity(), search.fullVisits(),
        search.fastVisits(), 100 * search.fullSearchProbability(), seconds, evaluator);
    if (evaluator.equals("uniform")) {
      MetricsSnapshot m = run(config, new LoadedModel("uniform", new UniformPolicyValue(), 0), seconds);
      print(m);
      return;
    }
    InferenceModel model;
    if (a.containsKey("checkpoint")) {
      model = CheckpointFile.read(Path.of(a.get("checkpoint"))).inferenceModel();
    } else {
      NetworkConfig net = NetworkConfig.of(size, Integer.parseInt(a.getOrDefault("blocks", "6")),
          Integer.parseInt(a.getOrDefault("channels", "64")));
      model = InferenceModel.of(NetworkParameters.initialize(net, 1));
    }
    System.out.println("network " + model.config());
    InferenceService.Options options = new InferenceService.Options(config.effectiveBatchCapacity() * threads, 1000, 1);
    try (InferenceService service = new InferenceService(model, options)) {
      NetworkPolicyValue net = new NetworkPolicyValue(service, (EvalCache) null, true, 1);
      int rawSeconds = Math.min(20, seconds / 4 + 1);
      double rawBefore = rawEvaluationsPerSecond(net, size, config.effectiveBatchCapacity(), rawSeconds);
      MetricsSnapshot m = run(config, new LoadedModel("fresh", net, model.config().featureVersion()), seconds);
      double rawAfter = rawEvaluationsPerSecond(net, size, config.effectiveBatchCapacity(), rawSeconds);
      double raw = (rawBefore + rawAfter) / 2;
      print(m);
      System.out.printf(Locale.ROOT, "raw network       %,10.0f evals/s at batch %d (before %,.0f, after %,.0f; same net, same run)%n",
          raw, config.effectiveBatchCapacity(), rawBefore, rawAfter);
      System.out.printf(Locale.ROOT, "self-play uses    %.2f of the raw network throughput%n",
          m.evaluationsPerSecond() / raw);
    }
  }

  private static MetricsSnapshot run(ActorConfig config, LoadedModel model, int seconds) throws Exception {
    Path dir = Files.createTempDirectory("tengen-selfplay-bench");
    try (GamesQueue queue = GamesQueue.open(dir)) {
      SelfPlayActor actor = new SelfPlayActor(config, ModelSource.fixed(model), queue,
          GameIds.random(), Clock.systemUTC(), (i, r) -> { });
      Thread timer = new Thread(() -> {
        try {
          Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
          return;
        }
        actor.stop();
      });
      timer.setDaemon(true);
      timer.start();
      actor.run();
      return actor.metrics().snapshot("bench", model.modelId(), System.currentTimeMillis());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Full batches of positions from random games, evaluated back to back for about {@code
   * seconds}; counts only the time inside {@code evaluate()}, as the actor's network share does.
   */
  private static double rawEvaluationsPerSecond(PolicyValue net, int size, int batchSize, int seconds) {
    EvalBatch batch = net.newBatch(size, batchSize);
    Game[] positions = new Game[batchSize];
    SplittableRandom rng = new SplittableRandom(3);
    boolean[] legal = new boolean[size * size + 1];
    for (int i = 0; i < batchSize; i++) {
      Game g = new Game(size, dev.tengen.games.Rules.DEFAULT);
      int plies = rng.nextInt(size * size);
      for (int p = 0; p < plies && !g.isOver(); p++) {
        int n = g.legalActions(legal);
        int pick = rng.nextInt(n);
        for (int x = 0; x < legal.length; x++) {
          if (legal[x] && pick-- == 0) {
            g.play(x);
            break;
          }
        }
      }
      positions[i] = g;
    }
    long evaluated = 0;
    long evaluateNanos = 0;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end || evaluated == 0) {
      batch.clear();
      for (Game g : positions) {
        batch.add(g);
      }
      long t0 = System.nanoTime();
      batch.evaluate();
      evaluateNanos += System.nanoTime() - t0;
      evaluated += batchSize;
    }
    return evaluated / (evaluateNanos / 1e9);
  }

  private static double assumedLength = 80;

  private static void print(MetricsSnapshot m) {
    boolean measured = m.games() >= 10;
    double length = measured ? m.averageGameLength() : assumedLength;
    System.out.printf(Locale.ROOT, "games finished    %d in %.0f s (average length %.1f)%n",
        m.games(), m.elapsedSeconds(), m.averageGameLength());
    System.out.printf(Locale.ROOT, "positions         %,10.1f moves/s (%d moves played)%n",
        m.positionsPerSecond(), m.movesPlayed());
    System.out.printf(Locale.ROOT, "games/hour        %,10.0f (moves/s x 3600 / %.1f moves per game, %s)%n",
        m.positionsPerSecond() * 3600 / length, length, measured ? "measured" : "assumed, set with length=N");
    System.out.printf(Locale.ROOT, "evaluations       %,10.0f evals/s%n", m.evaluationsPerSecond());
    System.out.printf(Locale.ROOT, "time shares       network %.1f%%, search %.1f%%, rules %.1f%%, queue %.2f%%%n",
        100 * m.share(m.networkNanos()), 100 * m.share(m.searchNanos()), 100 * m.share(m.rulesNanos()),
        100 * m.share(m.queueNanos()));
  }
}
