package dev.tengen.selfplay;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where things live in a run directory {@code runs/NAME/}:
 *
 * <pre>
 * runs/NAME/
 *   games/        games queue (Chronicle): one GameRecord per excerpt, yyyyMMdd'F'.cq4 + metadata.cq4t
 *   models/       model queue (Chronicle): CANDIDATE / PROMOTED / REJECTED events
 *   checkpoints/  network checkpoints (written by the trainer and by whoever initialises the run)
 *   metrics/      JSON-lines metrics, e.g. selfplay.jsonl
 *   sgf/          SGF exports
 * </pre>
 *
 * @param root the run directory
 */
public record RunLayout(Path root) {

  public RunLayout {
    Objects.requireNonNull(root, "root");
  }

  public Path games() {
    return root.resolve("games");
  }

  public Path models() {
    return root.resolve("models");
  }

  public Path checkpoints() {
    return root.resolve("checkpoints");
  }

  public Path metrics() {
    return root.resolve("metrics");
  }

  /** {@code metrics/selfplay.jsonl}: every actor's metrics lines. */
  public Path selfPlayMetrics() {
    return metrics().resolve("selfplay.jsonl");
  }

  public Path sgf() {
    return root.resolve("sgf");
  }
}
