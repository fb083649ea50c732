package dev.tengen.evaluator.gtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One GTP engine process. Not thread-safe: one caller sends commands at a time.
 *
 * <p>Each command is sent with an id ({@code 7 genmove b}); the reply is the first line starting
 * with {@code =} or {@code ?} carrying that id (or none), up to the empty line that ends it. Lines
 * before a status line are engine noise: they are copied to the log and skipped, as are complete
 * replies with another id. Tabs become spaces and carriage returns are dropped, as GTP says. The
 * reader thread hands over whole replies (one wake-up per command).
 *
 * <p>Fault handling: the engine's stdout is read by a daemon thread into a queue and its stderr is
 * copied by another to the log file (or discarded), so a chatty engine never blocks on a full
 * pipe. End of output or a failed write means a crash ({@link GtpCrashException}); no reply in time
 * means {@link GtpTimeoutException}, after which the process is killed because its replies can no
 * longer be matched. Either way the client is dead: {@link #isAlive()} is false and the caller
 * starts a new one ({@link GtpEngine} does this).
 */
public final class GtpClient implements AutoCloseable {

  /** The reader's end-of-output marker (compared by identity). */
  private static final List<String> EOF = new ArrayList<>();
  private static final Duration QUIT_GRACE = Duration.ofSeconds(2);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final String label;
  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<List<String>> blocks = new LinkedTransferQueue<>();
  private final Object logLock = new Object();
  private final Writer log;
  private int nextId = 1;
  private volatile boolean dead;
  private volatile String deathReason;

  private GtpClient(String label, Process process, Writer log) {
    this.label = label;
    this.process = process;
    this.log = log;
    this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    startDaemon("gtp-out-" + label, () -> readStdout(process.getInputStream()));
    startDaemon("gtp-err-" + label, () -> drainStderr(process.getErrorStream()));
  }

  /**
   * Starts {@code command} as a GTP engine.
   *
   * @param label a short name for messages and thread names, e.g. {@code gnugo-l1}
   * @param command the program and its arguments
   * @param stderrLog where the engine's stderr (and stdout noise) is appended; null to discard
   * @throws GtpCrashException if the program cannot be started
   */
  public static GtpClient start(String label, List<String> command, Path stderrLog)
      throws GtpCrashException {
    Writer log = null;
    try {
      if (stderrLog != null) {
        if (stderrLog.getParent() != null) {
          Files.createDirectories(stderrLog.getParent());
        }
        log =
            Files.newBufferedWriter(
                stderrLog, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
      }
      ProcessBuilder pb = new ProcessBuilder(command);
      if (stderrLog == null) {
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      return new GtpClient(label, pb.start(), log);
    } catch (IOException e) {
      if (log != null) {
        try {
          log.close();
        } catch (IOException ignored) {
          // the start failure is what matters
        }
      }
      throw new GtpCrashException(label + ": cannot start " + command + ": " + e.getMessage());
    }
  }

  /** The label given at start. */
  public String label() {
    return label;
  }

  /** The process id (for logs). */
  public long pid() {
    return process.pid();
  }

  /** False once the engine has crashed, timed out or been closed. */
  public boolean isAlive() {
    return !dead && process.isAlive();
  }

  /**
   * Sends one command and waits for its reply.
   *
   * @param command the command without id or line break, e.g. {@code genmove b}
   * @param timeout how long to wait for the complete reply
   * @return the reply text after {@code =} and the id, trimmed; lines joined by {@code \n}
   * @throws GtpFailureException if the engine answered {@code ? ...} (it stays usable)
   * @throws GtpTimeoutException if no complete reply came in time (the process is killed)
   * @throws GtpCrashException if the process died or its pipes closed
   * @throws IllegalArgumentException if the command has a line break
   */
  public String send(String command, Duration timeout) throws GtpException {
    if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("GTP command has a line break: '" + command + "'");
    }
    if (dead) {
      throw new GtpCrashException(label + ": engine already dead (" + deathReason + ")");
    }
    int id = nextId++;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      stdin.write(id + " " + command + "\n");
      stdin.flush();
    } catch (IOException e) {
      throw crashed("cannot write '" + command + "' to the engine: " + e.getMessage());
    }
    while (true) {
      List<String> block = nextBlock(deadline, command, timeout);
      int status = 0;
      while (status < block.size() && !isStatusLine(block.get(status))) {
        logLine("[stdout noise] " + block.get(status));
        status++;
      }
      if (status == block.size()) {
        continue;
      }
      String line = block.get(status);
      boolean success = line.charAt(0) == '=';
      int j = 1;
      while (j < line.length() && Character.isDigit(line.charAt(j))) {
        j++;
      }
      String idText = line.substring(1, j);
      List<String> body = new ArrayList<>(block.size() - status);
      body.add(line.substring(j).trim());
      body.addAll(block.subList(status + 1, block.size()));
      if (!idText.isEmpty() && !idText.equals(Integer.toString(id))) {
        logLine("[stale reply to command " + idText + "] " + String.join(" / ", body));
        continue;
      }
      String text = String.join("\n", body).trim();
      if (!success) {
        throw new GtpFailureException(command, text);
      }
      return text;
    }
  }

  private static boolean isStatusLine(String line) {
    return !line.isEmpty() && (line.charAt(0) == '=' || line.charAt(0) == '?');
  }

  private List<String> nextBlock(long deadline, String command, Duration timeout)
      throws GtpException {
    List<String> block;
    try {
      block = blocks.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill("interrupted while waiting for '" + command + "'");
      throw new GtpCrashException(label + ": interrupted while waiting for '" + command + "'");
    }
    if (block == null) {
      String why = "no reply to '" + command + "' within " + timeout.toMillis() + " ms";
      kill(why);
      throw new GtpTimeoutException(label + ": " + why);
    }
    if (block == EOF) {
      blocks.offer(EOF);
      throw crashed("engine closed its output while answering '" + command + "'");
    }
    return block;
  }

  private GtpCrashException crashed(String what) {
    Integer exit = null;
    try {
      if (process.waitFor(1, TimeUnit.SECONDS)) {
        exit = process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String why = what + (exit == null ? "" : " (exit code " + exit + ")");
    kill(why);
    return new GtpCrashException(label + ": " + why);
  }

  /**
   * Quits cleanly: sends {@code quit}, waits up to 2 s for the process to exit, then kills it and
   * its descendants. Idempotent; never throws.
   */
  @Override
  public void close() {
    if (!dead && process.isAlive()) {
      try {
        send("quit", QUIT_GRACE);
      } catch (GtpException e) {
        // killed below
      }
      try {
        process.waitFor(QUIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    kill("closed");
  }

  /** Kills the process and its descendants at once and marks the client dead. Never throws. */
  public void kill(String reason) {
    if (!dead) {
      deathReason = reason;
      dead = true;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      stdin.close();
    } catch (IOException ignored) {
      // the process is gone
    }
    try {
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (logLock) {
      if (log != null) {
        try {
          log.flush();
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /**
   * Hands the engine's output over in blocks: the non-blank lines up to a blank line (a reply,
   * possibly preceded by noise), so the caller wakes once per reply, not once per line. Lines
   * after the last blank line at end of output are an unfinished reply: logged, then EOF.
   */
  private void readStdout(InputStream out) {
    List<String> block = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.replace("\r", "").replace('\t', ' ');
        if (!line.isBlank()) {
          block.add(line);
        } else if (!block.isEmpty()) {
          blocks.offer(block);
          block = new ArrayList<>();
        }
      }
    } catch (IOException e) {
      // end of output: reported as EOF below
    }
    for (String unfinished : block) {
      logLine("[unfinished reply at end of output] " + unfinished);
    }
    blocks.offer(EOF);
  }

  private void drainStderr(InputStream err) {
    if (log == null) {
      return; // redirected to DISCARD
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        logLine(line);
      }
    } catch (IOException e) {
      // the process ended
    } finally {
      synchronized (logLock) {
        try {
          log.close();
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  private void logLine(String line) {
    if (log == null) {
      return;
    }
    synchronized (logLock) {
      try {
        log.write(line);
        log.write('\n');
        log.flush();
      } catch (IOException ignored) {
        // the log is best effort; the engine must never block on it
      }
    }
  }

  private static void startDaemon(String name, Runnable body) {
    Thread t = new Thread(body, name + "-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    t.start();
  }
}
