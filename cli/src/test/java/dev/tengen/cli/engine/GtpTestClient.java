package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Drives a {@link GtpServer} in-process through pipes, like a controller would. */
final class GtpTestClient implements AutoCloseable {
  private final PipedOutputStream toEngine = new PipedOutputStream();
  private final BufferedReader fromEngine;
  private final Thread serverThread;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

  GtpTestClient(GoEngine engine) {
    this(GtpEngines.server(engine, "test", new PrintStream(new ByteArrayOutputStream()), false));
  }

  GtpTestClient(GtpServer server) {
    try {
      PipedInputStream engineIn = new PipedInputStream(toEngine, 1 << 16);
      PipedInputStream clientIn = new PipedInputStream(1 << 20);
      PipedOutputStream engineOut = new PipedOutputStream(clientIn);
      fromEngine = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
      serverThread = new Thread(() -> {
        server.serve(engineIn, engineOut);
        try {
          engineOut.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "gtp-server-under-test");
      serverThread.setDaemon(true);
      serverThread.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one raw line. */
  void write(String line) {
    try {
      toEngine.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      toEngine.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one line of output (null at the end). */
  String readLine() {
    try {
      return fromEngine.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one whole response: its lines up to (not including) the terminating empty line. */
  List<String> readResponse() {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = readLine()) != null && !line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** Sends a command and returns its whole response, lines joined by newlines. */
  String send(String command) {
    write(command);
    return String.join("\n", readResponse());
  }

  /** Whether the server thread has ended. */
  boolean finished(long millis) throws InterruptedException {
    serverThread.join(millis);
    return !serverThread.isAlive();
  }

  @Override
  public void close() throws IOException {
    toEngine.close();
  }
}
