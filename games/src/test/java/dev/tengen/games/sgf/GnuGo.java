package dev.tengen.games.sgf;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A GNU Go process driven over GTP, for the compatibility tests. */
final class GnuGo implements AutoCloseable {
  private final Process process;
  private final Writer in;
  private final BufferedReader out;

  private GnuGo(Path executable) throws IOException {
    process = new ProcessBuilder(executable.toString(), "--mode", "gtp")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** /usr/games/gnugo (Debian's package), else gnugo on the PATH. */
  static Optional<Path> find() {
    Path debian = Path.of("/usr/games/gnugo");
    if (Files.isExecutable(debian)) {
      return Optional.of(debian);
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, "gnugo");
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static GnuGo start(Path executable) throws IOException {
    return new GnuGo(executable);
  }

  /**
   * Sends one command and returns the text of its success response (after "= ").
   *
   * @throws IllegalStateException with GNU Go's message if it answers "? ..."
   */
  String send(String command) throws IOException {
    in.write(command + "\n");
    in.flush();
    StringBuilder response = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      if (line.isEmpty() && response.length() > 0) {
        break;
      }
      if (!line.isEmpty()) {
        response.append(response.length() > 0 ? "\n" : "").append(line);
      }
    }
    String text = response.toString();
    if (text.startsWith("?")) {
      throw new IllegalStateException("GNU Go refused '" + command + "': " + text);
    }
    if (!text.startsWith("=")) {
      throw new IllegalStateException("GNU Go gave no GTP response to '" + command + "': '" + text + "'");
    }
    return text.substring(1).trim();
  }

  @Override
  public void close() {
    try {
      send("quit");
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | IllegalStateException alreadyGone) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
