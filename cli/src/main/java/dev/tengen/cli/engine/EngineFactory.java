package dev.tengen.cli.engine;

import dev.tengen.cli.config.EngineConfig;
import dev.tengen.cli.config.GameConfig;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.SearchParams;
import java.io.PrintStream;
import java.util.SplittableRandom;

/**
 * Builds {@link GoEngine}s from the configuration: board and rules from {@code tengen.game},
 * search from {@code tengen.match.search}, clock and resignation from {@code tengen.engine}.
 * Every section is bound (and so checked) when the factory is made, before any model loads.
 */
public final class EngineFactory {
  private final GameConfig game;
  private final SearchParams search;
  private final EngineConfig engine;
  private final int cacheEntries;

  private EngineFactory(GameConfig game, SearchParams search, EngineConfig engine, int cacheEntries) {
    this.game = game;
    this.search = search;
    this.engine = engine;
    this.cacheEntries = cacheEntries;
  }

  /**
   * Binds and checks the sections the engine reads.
   *
   * @throws dev.tengen.cli.config.ConfigError naming a bad key
   */
  public static EngineFactory from(TengenConfig config) {
    return new EngineFactory(config.bind("game", GameConfig.class),
        config.bind("match.search", SearchParams.class), config.bind("engine", EngineConfig.class),
        dev.tengen.cli.config.StageConfigs.cacheEntries(config));
  }

  /** Shorthand for {@code from(config).create(evaluator, log)}. */
  public static GoEngine create(TengenConfig config, PolicyValue evaluator, PrintStream log) {
    return from(config).create(evaluator, log);
  }

  /** The board and rules. */
  public GameConfig game() {
    return game;
  }

  /** The engine section (lag, resignation, seed, cache). */
  public EngineConfig engine() {
    return engine;
  }

  /**
   * Opens the evaluator for {@code model} (null: the uniform policy) for this board, with batches
   * as large as the search's leaves in flight.
   */
  public Evaluators.Opened openEvaluator(java.nio.file.Path model, PrintStream log) {
    return Evaluators.open(model, game.boardSize(), search.leavesInFlight(),
        cacheEntries, engine.seed(), log);
  }

  /** The match search parameters. */
  public SearchParams search() {
    return search;
  }

  /** A new engine on an empty board, searching with {@code evaluator}, logging to {@code log}. */
  public GoEngine create(PolicyValue evaluator, PrintStream log) {
    return create(evaluator, 0, log);
  }

  /**
   * A new engine on an empty board.
   *
   * @param onlyBoardSize the one board size the evaluator plays (GTP {@code boardsize} refuses
   *     others), or 0 for any
   */
  public GoEngine create(PolicyValue evaluator, int onlyBoardSize, PrintStream log) {
    GoSession session = new GoSession(game.boardSize(), game.rules());
    SearchPlayer player = new SearchPlayer(evaluator, search, new SplittableRandom(engine.seed()),
        engine.resign());
    return new GoEngine(session, player, new TimeManager(engine.lag()), onlyBoardSize, log);
  }
}
