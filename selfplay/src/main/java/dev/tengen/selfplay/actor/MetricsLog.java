package dev.tengen.selfplay.actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends {@link MetricsSnapshot}s as JSON lines to a file such as {@code
 * runs/NAME/metrics/selfplay.jsonl}. Each line is written with one {@code write} on a file
 * opened for append, so lines of several actor processes interleave whole.
 */
public final class MetricsLog {

  private final Path file;

  /** Creates the parent directory if needed. */
  public MetricsLog(Path file) {
    this.file = file;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Appends one line. */
  public void append(MetricsSnapshot snapshot) {
    try {
      Files.write(file, (snapshot.toJson() + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append metrics to " + file, e);
    }
  }
}
