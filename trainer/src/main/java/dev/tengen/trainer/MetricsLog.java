package dev.tengen.trainer;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The append-only JSON-lines file of per-step metrics ({@code runs/NAME/metrics/train.jsonl}).
 *
 * <p>On open it first drops every line of a step after {@code resumedStep} (steps a crashed run
 * did after its last checkpoint, which the resumed run will do again), and a torn last line, by
 * rewriting the file through a temporary file and an atomic rename; so the file never holds a step
 * twice. Each {@link #append} writes and flushes one line. Not thread-safe.
 */
public final class MetricsLog implements Closeable {
  private static final Pattern STEP = Pattern.compile("^\\{\"step\":(\\d+),");

  private final BufferedWriter out;

  private MetricsLog(BufferedWriter out) {
    this.out = out;
  }

  /**
   * Opens (creating parent directories and the file as needed) the log at {@code file}, keeping
   * only the complete lines of steps up to {@code resumedStep}.
   *
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static MetricsLog open(Path file, long resumedStep) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        truncateAfter(file, resumedStep);
      }
      BufferedWriter writer =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new MetricsLog(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the metrics log " + file, e);
    }
  }

  private static void truncateAfter(Path file, long resumedStep) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>();
    boolean changed = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean last = i == lines.length - 1;
      if (last && line.isEmpty()) {
        break;
      }
      Matcher matcher = STEP.matcher(line);
      boolean complete = !last && line.endsWith("}");
      if (complete && matcher.find() && Long.parseLong(matcher.group(1)) <= resumedStep) {
        kept.add(line);
      } else {
        changed = true;
      }
    }
    if (!changed) {
      return;
    }
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    StringBuilder rewritten = new StringBuilder();
    for (String line : kept) {
      rewritten.append(line).append('\n');
    }
    Files.writeString(temporary, rewritten, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Appends one step's line and flushes it. */
  public void append(StepMetrics metrics) {
    try {
      out.write(metrics.toJson());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the metrics log", e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the metrics log", e);
    }
  }
}
