package dev.tengen.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One run of the launcher inside the test's JVM, with in-memory streams, an empty environment and
 * no terminal: what the command returned and printed.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
public record LauncherRun(int code, String out, String err) {

  /** Runs {@code args} with empty standard input. */
  public static LauncherRun of(String... args) {
    return withInput("", args);
  }

  /** Runs {@code args} with {@code input} (UTF-8) as standard input. */
  public static LauncherRun withInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
    int code = Launcher.run(args, io);
    return new LauncherRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** {@code {code, out, err}} as strings, for tests that index them. */
  public String[] asArray() {
    return new String[] {Integer.toString(code), out, err};
  }
}
