package dev.tengen.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The process's streams and environment, passed in so that every command can be driven by tests.
 *
 * @param in standard input (GTP commands, terminal-game input)
 * @param out standard output (GTP responses, the terminal game)
 * @param err standard error (diagnostics; never protocol output)
 * @param env environment variables (e.g. {@code NO_COLOR})
 * @param interactive whether {@code out} is a terminal (ANSI colours are used only then)
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
    boolean interactive) {

  public Io {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
  }

  /** The real process streams. */
  public static Io system() {
    return new Io(System.in, System.out, System.err, System.getenv(), System.console() != null);
  }
}
