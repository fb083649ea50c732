package dev.tengen.cli.config;

import dev.tengen.evaluator.gatekeeper.GatekeeperConfig;
import dev.tengen.evaluator.gating.FixedGamesGate;
import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.gating.NoGate;
import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.MatchOpening;
import dev.tengen.evaluator.stats.SprtParams;
import dev.tengen.mcts.SearchParams;
import dev.tengen.network.InferenceService;
import dev.tengen.network.LearningRateSchedule;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainingParams;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.trainer.TrainerParams;
import dev.tengen.trainer.WindowSizing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Assembles each stage's own params record from the configuration sections, so that the
 * modules' records stay the definition of every range: when one rejects a value, the
 * {@link ConfigError} names the config key it came from (and its file and line).
 */
public final class StageConfigs {
  private StageConfigs() {}

  /** Board, rules and move cap ({@code tengen.game}). */
  public static GameConfig game(TengenConfig config) {
    return config.bind("game", GameConfig.class);
  }

  /** The network shape for the run's board ({@code tengen.network}). */
  public static NetworkConfig network(TengenConfig config) {
    GameConfig game = game(config);
    NetworkShape shape = config.bind("network", NetworkShape.class);
    return build(config, shape::toConfig, game.boardSize(), Map.of(
        "blocks", "network.blocks", "channels", "network.channels",
        "policyChannels", "network.policy-channels", "valueChannels", "network.value-channels",
        "valueHidden", "network.value-hidden", "boardSize", "game.board-size"));
  }

  /** The self-play actor's config ({@code tengen.game}, {@code search}, {@code selfplay}). */
  public static ActorConfig actor(TengenConfig config) {
    GameConfig game = game(config);
    SearchParams search = config.bind("search", SearchParams.class);
    SelfplaySection selfplay = config.bind("selfplay", SelfplaySection.class);
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("gamesPerThread", "selfplay.games-per-thread");
    keys.put("threads", "selfplay.threads");
    keys.put("batchCapacity", "selfplay.batch-capacity");
    keys.put("maxGames", "selfplay.max-games");
    keys.put("metricsInterval", "selfplay.metrics-interval");
    keys.put("moveCap", "game.move-cap");
    return build(config, () -> new ActorConfig(game.boardSize(), game.rules(), game.effectiveMoveCap(),
        selfplay.threads(), selfplay.gamesPerThread(), selfplay.batchCapacity(), search,
        selfplay.maxGames(), selfplay.seed(), selfplay.metricsInterval()), keys);
  }

  /** The batching of network evaluations across a process's threads ({@code tengen.inference}). */
  public static InferenceService.Options inference(TengenConfig config) {
    InferenceSection inference = config.bind("inference", InferenceSection.class);
    return build(config, () -> new InferenceService.Options(inference.maxBatch(),
        inference.maxWait().toNanos() / 1000, inference.workers()), Map.of(
            "maxBatch", "inference.max-batch", "maxWaitMicros", "inference.max-wait",
            "workers", "inference.workers"));
  }

  /** Positions a process's evaluation cache keeps ({@code tengen.inference.cache-entries}). */
  public static int cacheEntries(TengenConfig config) {
    return config.bind("inference", InferenceSection.class).cacheEntries();
  }

  /** The trainer's params for the run in {@code runDir} ({@code tengen.network}, {@code trainer}). */
  public static TrainerParams trainer(TengenConfig config, Path runDir) {
    NetworkConfig network = network(config);
    TrainerSection trainer = config.bind("trainer", TrainerSection.class);
    WindowSizing window = config.bind("trainer.window", WindowSizing.class);
    TrainingParams training = build(config, () -> new TrainingParams(
        new LearningRateSchedule(toLongs(trainer.learningRateBoundaries()),
            toDoubles(trainer.learningRates())),
        trainer.momentum(), trainer.l2(), trainer.ownershipWeight(), trainer.batchNormMomentum()),
        Map.of("boundaries", "trainer.learning-rate-boundaries", "rates", "trainer.learning-rates",
            "momentum", "trainer.momentum", "l2", "trainer.l2",
            "ownershipWeight", "trainer.ownership-weight",
            "batchNormMomentum", "trainer.batch-norm-momentum", "rate", "trainer.learning-rates",
            "boundary", "trainer.learning-rate-boundaries"));
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("batchSize", "trainer.batch-size");
    keys.put("samplesPerPosition", "trainer.samples-per-position");
    keys.put("bucketCapacity", "trainer.bucket-capacity");
    keys.put("rootValueWeight", "trainer.root-value-weight");
    keys.put("checkpointEverySteps", "trainer.checkpoint-every-steps");
    keys.put("keepLatestCheckpoints", "trainer.keep-latest-checkpoints");
    keys.put("maxSteps", "trainer.max-steps");
    keys.put("pollInterval", "trainer.poll-interval");
    return build(config, () -> TrainerParams.builder(runDir)
        .network(network)
        .training(training)
        .batchSize(trainer.batchSize())
        .window(window)
        .samplesPerPosition(trainer.samplesPerPosition())
        .bucketCapacity(trainer.bucketCapacity())
        .rootValueWeight(trainer.rootValueWeight())
        .valueOnlyFastSearchPositions(trainer.valueOnlyFastSearchPositions())
        .checkpointEverySteps(trainer.checkpointEverySteps())
        .pruneRejectedCheckpoints(trainer.pruneRejectedCheckpoints())
        .keepLatestCheckpoints(trainer.keepLatestCheckpoints())
        .seed(trainer.seed())
        .skipUnreadableRecords(trainer.skipUnreadableRecords())
        .maxSteps(trainer.maxSteps())
        .pollInterval(trainer.pollInterval())
        .build(), keys);
  }

  /** The gating rule ({@code tengen.evaluator}). */
  public static GatingRule gatingRule(TengenConfig config) {
    EvaluatorSection evaluator = config.bind("evaluator", EvaluatorSection.class);
    switch (evaluator.gating()) {
      case SPRT:
        SprtParams sprt = config.bind("evaluator.sprt", SprtParams.class);
        return build(config, () -> new SprtGate(sprt, evaluator.sprtCap(), evaluator.sprtCapRule()),
            Map.of("cap", "evaluator.sprt-cap"));
      case FIXED:
        return config.bind("evaluator.fixed", FixedGamesGate.class);
      case NONE:
        return NoGate.INSTANCE;
      default:
        throw new IllegalStateException(evaluator.gating().toString());
    }
  }

  /** How long-running commands report progress ({@code tengen.status}). */
  public static StatusConfig status(TengenConfig config) {
    return config.bind("status", StatusConfig.class);
  }

  /**
   * The search of gating games: {@code tengen.match.search} with {@code full-visits} and {@code
   * fast-visits} set to {@code tengen.evaluator.visits} (unless that is 0), and the first {@code
   * tengen.evaluator.opening-moves} plies sampled at {@code opening-temperature} ({@link
   * MatchOpening}).
   */
  public static SearchParams gatingSearch(TengenConfig config) {
    SearchParams search = config.bind("match.search", SearchParams.class);
    EvaluatorSection evaluator = config.bind("evaluator", EvaluatorSection.class);
    MatchOpening opening = build(config,
        () -> new MatchOpening(evaluator.openingMoves(), evaluator.openingTemperature()),
        Map.of("plies", "evaluator.opening-moves",
            "temperature", "evaluator.opening-temperature"));
    int visits = evaluator.visits();
    SearchParams visited = visits == 0 ? search : build(config,
        () -> search.toBuilder().fullVisits(visits).fastVisits(visits).build(),
        Map.of("fullVisits", "evaluator.visits", "fastVisits", "evaluator.visits"));
    return opening.applyTo(visited);
  }

  /** The gatekeeper's config ({@code tengen.game}, {@code evaluator}). */
  public static GatekeeperConfig gatekeeper(TengenConfig config) {
    GameConfig game = game(config);
    EvaluatorSection evaluator = config.bind("evaluator", EvaluatorSection.class);
    GatingRule rule = gatingRule(config);
    return build(config, () -> new GatekeeperConfig(rule,
        new GameSettings(game.boardSize(), game.rules(), game.effectiveMoveCap()),
        evaluator.parallelGames(), evaluator.pollInterval()), Map.of(
            "parallel games", "evaluator.parallel-games",
            "poll interval", "evaluator.poll-interval", "move cap", "game.move-cap"));
  }

  private static <A, T> T build(TengenConfig config, java.util.function.Function<A, T> factory,
      A argument, Map<String, String> keys) {
    return build(config, () -> factory.apply(argument), keys);
  }

  /**
   * Runs a record's constructor; an {@link IllegalArgumentException} it throws becomes a
   * {@link ConfigError} naming the key whose record field the message names first.
   */
  static <T> T build(TengenConfig config, Supplier<T> factory, Map<String, String> keys) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      String blamed = null;
      int at = Integer.MAX_VALUE;
      for (Map.Entry<String, String> entry : keys.entrySet()) {
        int index = message.indexOf(entry.getKey());
        if (index >= 0 && index < at) {
          at = index;
          blamed = entry.getValue();
        }
      }
      throw new ConfigError(blamed == null ? "bad configuration: " + message
          : config.describe(blamed) + ": " + message, e);
    }
  }

  private static long[] toLongs(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  private static double[] toDoubles(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
