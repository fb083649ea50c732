package dev.tengen.cli.report;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a JSON-lines metrics file that another process may be appending to: only complete lines
 * count (a last line without its line break is being written, or was torn by a crash, and is
 * left out). A missing file reads as empty.
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * Every complete line of {@code file}, converted. Cost: one pass over the file.
   *
   * @throws IllegalArgumentException naming the file and line number of a line that does not
   *     parse or convert
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> List<T> readAll(Path file, Function<FlatJson, T> convert) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return convertLines(file, text, 0, convert);
  }

  /**
   * The complete lines within the last {@code maxBytes} bytes of {@code file} (the first,
   * possibly partial, line of that span is dropped unless the span starts the file), converted.
   * Cost: one read of at most {@code maxBytes}, whatever the file's size; what a status line
   * polling a growing file needs.
   *
   * @throws IllegalArgumentException naming the file of a line that does not parse or convert
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> List<T> readTail(Path file, int maxBytes, Function<FlatJson, T> convert) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long start = Math.max(0, length - maxBytes);
      byte[] bytes = new byte[(int) (length - start)];
      in.seek(start);
      in.readFully(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (start > 0) {
        int firstBreak = text.indexOf('\n');
        text = firstBreak < 0 ? "" : text.substring(firstBreak + 1);
      }
      return convertLines(file, text, -1, convert);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static <T> List<T> convertLines(
      Path file, String text, int firstLineNumber, Function<FlatJson, T> convert) {
    List<T> out = new ArrayList<>();
    int lineStart = 0;
    int lineNumber = firstLineNumber;
    while (true) {
      int end = text.indexOf('\n', lineStart);
      if (end < 0) {
        break; // a line still being written (or torn): not complete yet
      }
      lineNumber++;
      String line = text.substring(lineStart, end).strip();
      lineStart = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(convert.apply(FlatJson.parse(line)));
      } catch (IllegalArgumentException e) {
        String where = firstLineNumber < 0 ? file + " (near its end)" : file + ":" + lineNumber;
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
