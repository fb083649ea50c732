package dev.tengen.tests;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code tengen} command running as a real child process: {@code java -jar
 * cli/target/tengen.jar ...} when the runnable jar is built (as in {@code ./mvnw verify}), else
 * {@code dev.tengen.cli.Main} on this test's class path with the Chronicle flags this JVM was
 * started with. Its stdout and stderr go to files, so a test can show them when it fails.
 */
final class TengenProcess implements AutoCloseable {
  /** Where the runnable jar is, relative to the tests module (surefire's working directory). */
  static final Path JAR = Path.of("..", "cli", "target", "tengen.jar");

  private final Process process;
  private final Path stderr;

  private TengenProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
  }

  /**
   * Starts {@code tengen args...}; output goes to {@code logPrefix.out} / {@code logPrefix.err}.
   */
  static TengenProcess start(Path logPrefix, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    if (Files.isRegularFile(JAR)) {
      command.add("-jar");
      command.add(JAR.toString());
    } else {
      for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (flag.startsWith("--add-") || flag.startsWith("-Dchronicle.")) {
          command.add(flag);
        }
      }
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("dev.tengen.cli.Main");
    }
    command.addAll(args);
    Path out = Path.of(logPrefix + ".out");
    Path err = Path.of(logPrefix + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
        .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("OMP_NUM_THREADS", "1");
    return new TengenProcess(builder.start(), err);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL (kill -9 on Linux), then waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * SIGTERM (what Ctrl-C's shutdown path runs: the stages are asked to stop), then waits up to
   * {@code seconds} for the exit, killing it if it does not come.
   *
   * @return whether the process ended by itself after SIGTERM
   */
  boolean stop(long seconds) throws InterruptedException {
    process.destroy();
    if (process.waitFor(seconds, TimeUnit.SECONDS)) {
      return true;
    }
    kill();
    return false;
  }

  /** Waits for the process to end by itself. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      kill();
      throw new AssertionError("process did not end within " + seconds + " s; stderr:\n" + tail());
    }
    return process.exitValue();
  }

  /** The last lines of the process's stderr, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no stderr: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
