package dev.tengen.cli.config;

import java.time.Duration;

/**
 * The {@code tengen.engine} section: how {@code tengen gtp} and {@code tengen play} behave beyond
 * the search parameters ({@code tengen.match.search}).
 *
 * @param lag time lost per move between the controller and the engine (network, GUI), kept in
 *     reserve by the clock policy; 0 to 60 s
 * @param resign whether the engine may resign (see {@code match.search.resign-threshold})
 * @param seed seed of the engine's random choices, for reproducible play
 */
public record EngineConfig(Duration lag, boolean resign, long seed) {
  /** @throws IllegalArgumentException naming lag when outside 0..60 s */
  public EngineConfig {
    if (lag.isNegative() || lag.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException("lag must be between 0 and 60 s, got " + lag);
    }
  }
}
