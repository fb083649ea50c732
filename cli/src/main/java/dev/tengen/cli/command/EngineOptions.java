package dev.tengen.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Flags of the playing commands ({@code gtp}, {@code play}). The specific flags are shorthands for
 * config keys and win over {@code --set}.
 */
public final class EngineOptions {
  @Option(names = "--model", paramLabel = "PATH",
      description = "Checkpoint to play with. Without it the engine searches with a uniform "
          + "policy and value 0 (works before any training).")
  Path model;

  @Option(names = "--visits", paramLabel = "N",
      description = "Visits per move (match.search.full-visits; default 800).")
  Integer visits;

  @Option(names = "--time-per-move", paramLabel = "SECONDS",
      description = "Also stop each search after this many seconds (match.search.time-per-move). "
          + "A clock set by time_settings takes precedence.")
  Double timePerMove;

  @Option(names = "--size", paramLabel = "N", description = "Board size (game.board-size; default 9).")
  Integer size;

  @Option(names = "--komi", paramLabel = "K", description = "Komi (game.komi; default 7.5).")
  Double komi;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (engine.seed).")
  Long seed;

  @Option(names = "--no-resign", description = "Never resign (engine.resign=false).")
  boolean noResign;

  @Mixin ConfigOptions config = new ConfigOptions();

  /** The checkpoint path, or null for the uniform policy. */
  public Path model() {
    return model;
  }

  /** The config file, or null. */
  public Path configFile() {
    return config.configFile();
  }

  /** {@code --set} overrides followed by those of the specific flags. */
  public List<String> overrides() {
    List<String> all = new ArrayList<>(config.overrides());
    if (visits != null) {
      all.add("match.search.full-visits=" + visits);
      all.add("match.search.fast-visits=" + visits);
    }
    if (timePerMove != null) {
      long millis = Math.round(timePerMove * 1000);
      all.add("match.search.time-per-move=" + Duration.ofMillis(millis).toMillis() + "ms");
    }
    if (size != null) {
      all.add("game.board-size=" + size);
    }
    if (komi != null) {
      all.add("game.komi=" + komi);
    }
    if (seed != null) {
      all.add("engine.seed=" + seed);
    }
    if (noResign) {
      all.add("engine.resign=false");
    }
    return all;
  }
}
