package dev.tengen.cli.gtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A GTP version 2 server: a registry of small command handlers and the read-dispatch-answer loop.
 *
 * <p>Every malformed, unknown or failing command is answered {@code ?id message} and the server
 * carries on; a handler's unexpected {@link RuntimeException} becomes {@code ? internal error}
 * with its stack trace on the log (stderr), never on the protocol stream. The loop ends after
 * {@code quit} (see {@link #requestQuit()}) or at the end of the input.
 *
 * <p>Input is read by a daemon thread into a queue so that a streaming command
 * ({@link GtpStreamingHandler}) can notice the controller's next line while it streams. One
 * server serves one connection; it is not reusable after {@link #serve} returns.
 */
public final class GtpServer {
  private static final String END_OF_INPUT = new String("<end of input>");

  private final Map<String, GtpHandler> handlers = new LinkedHashMap<>();
  private final Map<String, GtpStreamingHandler> streamingHandlers = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();
  private final PrintStream log;
  private final boolean echoCommands;
  private final LinkedBlockingDeque<String> pending = new LinkedBlockingDeque<>();
  private volatile boolean quitRequested;

  /**
   * @param log where debug output and internal errors go (stderr in production)
   * @param echoCommands whether every command and response is also written to {@code log}
   */
  public GtpServer(PrintStream log, boolean echoCommands) {
    this.log = Objects.requireNonNull(log, "log");
    this.echoCommands = echoCommands;
  }

  /** Registers a command; a name may be registered once. */
  public GtpServer register(String name, GtpHandler handler) {
    checkNew(name);
    handlers.put(name, Objects.requireNonNull(handler, "handler"));
    names.add(name);
    return this;
  }

  /** Registers a streaming command; a name may be registered once. */
  public GtpServer registerStreaming(String name, GtpStreamingHandler handler) {
    checkNew(name);
    streamingHandlers.put(name, Objects.requireNonNull(handler, "handler"));
    names.add(name);
    return this;
  }

  private void checkNew(String name) {
    if (name.isEmpty() || name.contains(" ")) {
      throw new IllegalArgumentException("bad GTP command name: '" + name + "'");
    }
    if (knows(name)) {
      throw new IllegalArgumentException("GTP command registered twice: " + name);
    }
  }

  /** Whether {@code name} is a registered command. */
  public boolean knows(String name) {
    return handlers.containsKey(name) || streamingHandlers.containsKey(name);
  }

  /** The registered command names in registration order. */
  public List<String> commandNames() {
    return List.copyOf(names);
  }

  /** Makes {@link #serve} return after the current command's response. */
  public void requestQuit() {
    quitRequested = true;
  }

  /**
   * Serves commands from {@code in}, answering on {@code out}, until {@code quit} or the end of
   * the input. Does not close either stream.
   */
  public void serve(InputStream in, OutputStream out) {
    PrintStream answer = new PrintStream(out, false, StandardCharsets.UTF_8);
    Thread reader = new Thread(() -> readLines(in), "gtp-input");
    reader.setDaemon(true);
    reader.start();
    try {
      while (!quitRequested) {
        String line = pending.take();
        if (line == END_OF_INPUT) {
          return;
        }
        GtpRequest request = GtpRequest.parse(line);
        if (request == null) {
          continue;
        }
        if (echoCommands) {
          log.println("gtp< " + request);
        }
        dispatch(request, answer);
        answer.flush();
        if (answer.checkError()) {
          throw new UncheckedIOException(new IOException("GTP output closed"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readLines(InputStream in) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        pending.add(line);
      }
    } catch (IOException e) {
      log.println("gtp: input error: " + e.getMessage());
    } finally {
      pending.add(END_OF_INPUT);
    }
  }

  private void dispatch(GtpRequest request, PrintStream answer) {
    GtpStreamingHandler streaming = streamingHandlers.get(request.name());
    if (streaming != null) {
      stream(request, streaming, answer);
      return;
    }
    GtpHandler handler = handlers.get(request.name());
    if (handler == null) {
      fail(request, request.name().isEmpty() ? "empty command" : "unknown command", answer);
      return;
    }
    try {
      succeed(request, handler.handle(request), answer);
    } catch (GtpFailure failure) {
      fail(request, failure.getMessage(), answer);
    } catch (RuntimeException e) {
      log.println("gtp: internal error in '" + request + "'");
      e.printStackTrace(log);
      fail(request, "internal error: " + e, answer);
    }
  }

  private void stream(GtpRequest request, GtpStreamingHandler handler, PrintStream answer) {
    StreamImpl stream = new StreamImpl(request, answer);
    try {
      handler.stream(request, stream);
    } catch (GtpFailure failure) {
      if (!stream.begun) {
        fail(request, failure.getMessage(), answer);
        return;
      }
      log.println("gtp: " + request.name() + " stopped: " + failure.getMessage());
    } catch (RuntimeException e) {
      log.println("gtp: internal error in '" + request + "'");
      e.printStackTrace(log);
      if (!stream.begun) {
        fail(request, "internal error: " + e, answer);
        return;
      }
    }
    stream.begin();
    answer.print("\n");
  }

  private void succeed(GtpRequest request, String text, PrintStream answer) {
    String body = clean(text);
    boolean startsOnNextLine = text != null && text.startsWith("\n") && !body.isEmpty();
    String response = "=" + request.id()
        + (body.isEmpty() ? "" : (startsOnNextLine ? "\n" : " ") + body);
    if (echoCommands) {
      log.println("gtp> " + response);
    }
    answer.print(response + "\n\n");
  }

  private void fail(GtpRequest request, String message, PrintStream answer) {
    String response = "?" + request.id() + " " + clean(message);
    if (echoCommands) {
      log.println("gtp> " + response);
    }
    answer.print(response + "\n\n");
  }

  /** Removes carriage returns and empty lines (which would end a response early). */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String noCr = text.replace("\r", "");
    StringBuilder out = new StringBuilder(noCr.length());
    for (String line : noCr.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    return out.toString();
  }

  private final class StreamImpl implements GtpStream {
    private final GtpRequest request;
    private final PrintStream answer;
    private boolean begun;

    StreamImpl(GtpRequest request, PrintStream answer) {
      this.request = request;
      this.answer = answer;
    }

    @Override
    public void begin() {
      if (!begun) {
        begun = true;
        answer.print("=" + request.id() + "\n");
        answer.flush();
      }
    }

    @Override
    public void line(String text) {
      begin();
      String body = clean(text);
      if (!body.isEmpty()) {
        answer.print(body + "\n");
        answer.flush();
      }
    }

    @Override
    public boolean interrupted() {
      return !pending.isEmpty();
    }

    @Override
    public boolean awaitInterrupt(long millis) throws InterruptedException {
      String next = pending.pollFirst(Math.max(0, millis), TimeUnit.MILLISECONDS);
      if (next != null) {
        pending.putFirst(next);
        return true;
      }
      return false;
    }
  }
}
