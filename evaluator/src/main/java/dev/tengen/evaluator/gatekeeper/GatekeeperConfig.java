package dev.tengen.evaluator.gatekeeper;

import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.match.GameSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gatekeeper judges candidates.
 *
 * @param rule the gating rule (default {@link SprtGate#defaults()})
 * @param game size, rules and move cap of the gating games
 * @param parallelGames gating games played at once: the gatekeeper's share of the machine (each
 *     game is one thread driving two searches; the network batches across them)
 * @param pollInterval how long {@link Gatekeeper#run()} waits between looks at the queue
 */
public record GatekeeperConfig(
    GatingRule rule, GameSettings game, int parallelGames, Duration pollInterval) {

  /** @throws IllegalArgumentException naming the bad field */
  public GatekeeperConfig {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(game, "game");
    if (parallelGames < 1) {
      throw new IllegalArgumentException("gatekeeper parallel games " + parallelGames + " < 1");
    }
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("gatekeeper poll interval " + pollInterval + " <= 0");
    }
  }

  /**
   * Leela Zero's SPRT capped at 100 games, komi 7.5 on {@code size}, 4 games at once (gating
   * searches batch across games: 4 games of 16 leaves fill batches of 64), a look every 5 s.
   */
  public static GatekeeperConfig defaults(int size) {
    return new GatekeeperConfig(
        SprtGate.defaults(), GameSettings.of(size, 7.5), 4, Duration.ofSeconds(5));
  }
}
