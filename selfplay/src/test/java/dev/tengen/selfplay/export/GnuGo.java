package dev.tengen.selfplay.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** GNU Go in GTP mode, for checking that exported SGF files load and replay. */
final class GnuGo implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/games/gnugo");

  private final Process process;
  private final Writer in;
  private final BufferedReader out;

  GnuGo() throws IOException {
    process = new ProcessBuilder(BINARY.toString(), "--mode", "gtp")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
  }

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Sends one command and returns the reply text after "= ".
   *
   * @throws IllegalStateException with GNU Go's message on a "?" reply
   */
  String send(String command) throws IOException {
    in.write(command + "\n");
    in.flush();
    StringBuilder reply = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.isEmpty() && reply.length() > 0) {
        break;
      }
      if (line.isEmpty()) {
        continue;
      }
      reply.append(reply.length() > 0 ? "\n" : "").append(line);
    }
    String text = reply.toString();
    if (text.startsWith("?")) {
      throw new IllegalStateException("GNU Go rejected '" + command + "': " + text);
    }
    return text.startsWith("=") ? text.substring(1).trim() : text;
  }

  @Override
  public void close() {
    try {
      send("quit");
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly(); // already gone or not answering
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
