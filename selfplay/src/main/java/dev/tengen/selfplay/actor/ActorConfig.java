package dev.tengen.selfplay.actor;

import dev.tengen.games.Rules;
import dev.tengen.mcts.SearchParams;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one self-play actor process needs to know, checked on construction.
 *
 * @param boardSize board size, 2 to 25 (9 by default)
 * @param rules rules and komi (default {@link Rules#DEFAULT}: superko, no suicide, komi 7.5)
 * @param moveCap plies after which a game is scored as it stands (default {@code 3 * size²})
 * @param threads self-play threads, each with its own {@code SearchDriver} and batch (default 1;
 *     the network merges the batches of concurrent threads)
 * @param gamesPerThread games each thread plays at once; their leaves fill one batch (default
 *     128, as KataGo's {@code nnMaxBatchSize})
 * @param batchCapacity positions per network batch of one thread; 0 means {@code gamesPerThread
 *     * leavesInFlight}, enough for every game to contribute every step
 * @param search search parameters (visits, noise, temperature, resignation, its disabled share)
 * @param maxGames games to finish before {@link SelfPlayActor#run()} returns; 0 plays until
 *     {@link SelfPlayActor#stop()}
 * @param seed seed of every random choice of the actor (per thread and game streams are split
 *     from it)
 * @param metricsInterval how often metrics are appended and logged
 */
public record ActorConfig(
    int boardSize,
    Rules rules,
    int moveCap,
    int threads,
    int gamesPerThread,
    int batchCapacity,
    SearchParams search,
    long maxGames,
    long seed,
    Duration metricsInterval) {

  public ActorConfig {
    if (boardSize < 2 || boardSize > 25) {
      throw new IllegalArgumentException("boardSize must be 2 to 25, got " + boardSize);
    }
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(metricsInterval, "metricsInterval");
    if (moveCap < 1) {
      throw new IllegalArgumentException("moveCap must be positive, got " + moveCap);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1 to 256, got " + threads);
    }
    if (gamesPerThread < 1 || gamesPerThread > 65_536) {
      throw new IllegalArgumentException("gamesPerThread must be 1 to 65536, got " + gamesPerThread);
    }
    if (batchCapacity < 0) {
      throw new IllegalArgumentException("batchCapacity must be >= 0, got " + batchCapacity);
    }
    if (maxGames < 0) {
      throw new IllegalArgumentException("maxGames must be >= 0, got " + maxGames);
    }
    if (metricsInterval.isNegative() || metricsInterval.isZero()) {
      throw new IllegalArgumentException("metricsInterval must be positive, got " + metricsInterval);
    }
  }

  /** Defaults for {@code size}x{@code size}: see the parameter docs. */
  public static ActorConfig defaults(int size) {
    return new ActorConfig(size, Rules.DEFAULT, 3 * size * size, 1, 128, 0, SearchParams.selfPlay(),
        0, 1, Duration.ofSeconds(60));
  }

  /** The batch capacity actually used by each thread. */
  public int effectiveBatchCapacity() {
    return batchCapacity > 0 ? batchCapacity : gamesPerThread * search.leavesInFlight();
  }

  public ActorConfig withGames(int newThreads, int newGamesPerThread) {
    return new ActorConfig(boardSize, rules, moveCap, newThreads, newGamesPerThread, batchCapacity,
        search, maxGames, seed, metricsInterval);
  }

  public ActorConfig withSearch(SearchParams newSearch) {
    return new ActorConfig(boardSize, rules, moveCap, threads, gamesPerThread, batchCapacity,
        newSearch, maxGames, seed, metricsInterval);
  }

  public ActorConfig withMaxGames(long newMaxGames) {
    return new ActorConfig(boardSize, rules, moveCap, threads, gamesPerThread, batchCapacity,
        search, newMaxGames, seed, metricsInterval);
  }

  public ActorConfig withSeed(long newSeed) {
    return new ActorConfig(boardSize, rules, moveCap, threads, gamesPerThread, batchCapacity,
        search, maxGames, newSeed, metricsInterval);
  }

  public ActorConfig withMoveCap(int newMoveCap) {
    return new ActorConfig(boardSize, rules, newMoveCap, threads, gamesPerThread, batchCapacity,
        search, maxGames, seed, metricsInterval);
  }

  public ActorConfig withMetricsInterval(Duration newInterval) {
    return new ActorConfig(boardSize, rules, moveCap, threads, gamesPerThread, batchCapacity,
        search, maxGames, seed, newInterval);
  }
}
