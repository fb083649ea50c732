package dev.tengen.cli;

import dev.tengen.cli.command.StageUnavailableException;
import dev.tengen.cli.config.ConfigError;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Builds the {@code tengen} command line and runs one invocation, mapping failures to exit codes
 * ({@link ExitCodes}): a configuration error or bad flag is reported in one line naming the key
 * or flag (exit 2), a stage not available yet says so (exit 3), any other failure prints its
 * message (exit 1; the stack trace too when {@code TENGEN_DEBUG} is set).
 */
public final class Launcher {
  private Launcher() {}

  /** Runs {@code tengen args...} against {@code io}; returns the exit code. */
  public static int run(String[] args, Io io) {
    CommandLine commandLine = commandLine(io);
    return commandLine.execute(args);
  }

  /** The configured picocli command line (for tests and {@code --help} rendering). */
  public static CommandLine commandLine(Io io) {
    CommandLine commandLine = new CommandLine(new TengenCommand(io));
    commandLine.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      if (exception instanceof ConfigError) {
        io.err().println("tengen: configuration error: " + exception.getMessage());
        return ExitCodes.USAGE;
      }
      if (exception instanceof StageUnavailableException) {
        io.err().println("tengen: " + exception.getMessage());
        return ExitCodes.UNAVAILABLE;
      }
      io.err().println("tengen " + line.getCommandName() + ": " + describe(exception));
      if (io.env().containsKey("TENGEN_DEBUG")) {
        exception.printStackTrace(io.err());
      }
      return ExitCodes.FAILURE;
    });
    return commandLine;
  }

  private static String describe(Exception exception) {
    String message = exception.getMessage();
    return message == null ? exception.toString() : message;
  }
}
