package dev.tengen.evaluator.gtp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A GTP engine by command line that (re)starts its process on demand: {@link #client} returns
 * the live process, starting a new one if there is none or the last one crashed, timed out or was
 * killed. Not thread-safe: one user at a time (a match gives each worker its own engine).
 */
public final class GtpEngine implements AutoCloseable {

  private final String label;
  private final List<String> command;
  private final Path stderrLog;
  private GtpClient client;
  private int starts;

  /**
   * @param label a short name, e.g. {@code gnugo-l1}
   * @param command the program and its arguments
   * @param stderrLog where stderr is appended (null to discard)
   */
  public GtpEngine(String label, List<String> command, Path stderrLog) {
    this.label = Objects.requireNonNull(label, "label");
    this.command = List.copyOf(command);
    if (this.command.isEmpty()) {
      throw new IllegalArgumentException("engine '" + label + "' has an empty command line");
    }
    this.stderrLog = stderrLog;
  }

  /** The label. */
  public String label() {
    return label;
  }

  /** The command line. */
  public List<String> command() {
    return command;
  }

  /** How many processes were started so far (restarts = starts − 1). */
  public int starts() {
    return starts;
  }

  /**
   * The live process, started now if needed.
   *
   * @throws GtpCrashException if the program cannot be started
   */
  public GtpClient client() throws GtpCrashException {
    if (client == null || !client.isAlive()) {
      if (client != null) {
        client.kill("replaced by a new process");
      }
      client = GtpClient.start(label, command, stderrLog);
      starts++;
    }
    return client;
  }

  /** Sends a command to the live process (starting one if needed); see {@link GtpClient#send}. */
  public String send(String command, Duration timeout) throws GtpException {
    return client().send(command, timeout);
  }

  /** Kills the current process, if any; the next {@link #client} starts a fresh one. */
  public void kill(String reason) {
    if (client != null) {
      client.kill(reason);
      client = null;
    }
  }

  /** Quits the current process cleanly, if any. */
  @Override
  public void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
