package dev.tengen.cli.config;

import java.time.Duration;

/**
 * The {@code tengen.status} section: how long-running commands report progress on stderr.
 *
 * @param interval between two status lines of {@code tengen run} and the stage commands (games,
 *     positions/s, trainer step and losses, best model, last gating result, Elo); 0 for none
 * @param progressInterval between two lines of a progress bar (an evaluation match, an export)
 *     when stderr is not a terminal; on a terminal the bar is redrawn in place at every step
 */
public record StatusConfig(Duration interval, Duration progressInterval) {
  /** @throws IllegalArgumentException naming the field when negative */
  public StatusConfig {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, got " + interval);
    }
    if (progressInterval.isNegative()) {
      throw new IllegalArgumentException("progressInterval must not be negative, got " + progressInterval);
    }
  }

  /** One status line a minute, progress lines every 10 s. */
  public static StatusConfig defaults() {
    return new StatusConfig(Duration.ofSeconds(60), Duration.ofSeconds(10));
  }
}
