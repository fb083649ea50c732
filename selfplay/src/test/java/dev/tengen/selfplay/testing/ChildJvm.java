package dev.tengen.selfplay.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a test class's {@code main} with the test classpath and the Chronicle
 * flags of this JVM (every {@code --add-exports/--add-opens} and {@code -Dchronicle.*} argument,
 * so the child never phones home either). Its stdout lines are collected for {@link #awaitLine};
 * stderr goes to a file beside the given work directory.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path stderrFile;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> allLines = new ArrayList<>();

  private ChildJvm(Process process, Path stderrFile) {
    this.process = process;
    this.stderrFile = stderrFile;
    Thread pump = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (allLines) {
            allLines.add(line);
          }
          lines.add(line);
        }
      } catch (IOException e) {
        // the child died; awaitLine reports the missing line
      }
    }, "child-stdout");
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts {@code mainClass} with {@code args}; stderr goes to {@code stderrFile}. */
  public static ChildJvm start(Class<?> mainClass, Path stderrFile, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle.")) {
        command.add(arg);
      }
    }
    command.add("-Dchronicle.analytics.disable=true");
    command.add("-Dchronicle.announcer.disable=true");
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command)
          .redirectError(stderrFile.toFile())
          .start();
      return new ChildJvm(p, stderrFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start child JVM " + command, e);
    }
  }

  /**
   * Waits for the next stdout line that starts with {@code prefix} (skipping others).
   *
   * @throws AssertionError if it does not come within the timeout
   */
  public String awaitLine(String prefix, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        throw new AssertionError("child printed no line starting with '" + prefix + "' within "
            + timeoutSeconds + " s; alive=" + process.isAlive() + ", output so far: " + output()
            + "\nstderr:\n" + stderrTail());
      }
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  /** The last 40 lines of the child's stderr, for failure messages. */
  public String stderrTail() {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(stderrFile);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no stderr: " + e + ")";
    }
  }

  /** Every stdout line so far. */
  public List<String> output() {
    synchronized (allLines) {
      return List.copyOf(allLines);
    }
  }

  /** SIGKILL on Linux: the child gets no chance to clean up. Waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits for a normal exit and returns the exit code. */
  public int waitFor(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      throw new AssertionError("child did not exit within " + timeoutSeconds + " s; output: "
          + output() + "\nstderr:\n" + stderrTail());
    }
    return process.exitValue();
  }

  /**
   * Waits for a normal exit with status 0.
   *
   * @throws AssertionError with the child's output and stderr otherwise
   */
  public void awaitSuccess(long timeoutSeconds) throws InterruptedException {
    int status = waitFor(timeoutSeconds);
    if (status != 0) {
      throw new AssertionError("child exited with " + status + "; output: " + output()
          + "\nstderr:\n" + stderrTail());
    }
  }

  public long pid() {
    return process.pid();
  }

  /** Kills the child if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
