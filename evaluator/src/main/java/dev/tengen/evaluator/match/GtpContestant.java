package dev.tengen.evaluator.match;

import dev.tengen.evaluator.gtp.CommandLine;
import dev.tengen.evaluator.gtp.GnuGo;
import dev.tengen.evaluator.gtp.GtpEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An outside GTP engine by command line; each worker gets its own process, whose stderr goes to
 * {@code logDirectory/<name>-w<worker>.stderr} (or nowhere when the directory is null).
 *
 * @param name the ladder name, e.g. {@code gnugo-l1}
 * @param command the program and its arguments
 * @param logDirectory where stderr logs go, or null to discard them
 * @param setupTimeout the limit for start-up and set-up commands
 * @param moveTimeout the limit for each {@code genmove} and {@code play}
 */
public record GtpContestant(
    String name, List<String> command, Path logDirectory, Duration setupTimeout,
    Duration moveTimeout) implements Contestant {

  /** Set-up limit by default: long enough for a JVM engine to load a model. */
  public static final Duration DEFAULT_SETUP_TIMEOUT = Duration.ofSeconds(120);

  /** Move limit by default, as {@code gtp_match.py}'s. */
  public static final Duration DEFAULT_MOVE_TIMEOUT = Duration.ofSeconds(60);

  /** @throws IllegalArgumentException if the name or command is unusable */
  public GtpContestant {
    Names.check(name, "contestant name");
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("contestant '" + name + "' has an empty command");
    }
    Objects.requireNonNull(setupTimeout, "setupTimeout");
    Objects.requireNonNull(moveTimeout, "moveTimeout");
  }

  /** An engine from a shell-like command line with the default time limits. */
  public static GtpContestant of(String name, String commandLine, Path logDirectory) {
    return new GtpContestant(
        name, CommandLine.split(commandLine), logDirectory, DEFAULT_SETUP_TIMEOUT,
        DEFAULT_MOVE_TIMEOUT);
  }

  /**
   * GNU Go at {@code level}, named {@code gnugo-l<level>}, with the flags of {@link
   * GnuGo#command(int)}.
   *
   * @throws IllegalStateException if GNU Go is not installed
   */
  public static GtpContestant gnuGo(int level, Path logDirectory) {
    return new GtpContestant(
        GnuGo.ladderName(level), GnuGo.command(level), logDirectory, DEFAULT_SETUP_TIMEOUT,
        DEFAULT_MOVE_TIMEOUT);
  }

  /** This contestant with other time limits. */
  public GtpContestant withTimeouts(Duration setup, Duration move) {
    return new GtpContestant(name, command, logDirectory, setup, move);
  }

  @Override
  public Player open(int worker) {
    Path log = logDirectory == null ? null : logDirectory.resolve(name + "-w" + worker + ".stderr");
    return new GtpPlayer(name, new GtpEngine(name, command, log), setupTimeout, moveTimeout);
  }
}
