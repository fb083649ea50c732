package dev.tengen.cli;

import dev.tengen.cli.command.EvaluateCommand;
import dev.tengen.cli.command.ExportCommand;
import dev.tengen.cli.command.GtpCommand;
import dev.tengen.cli.command.PlayCommand;
import dev.tengen.cli.command.ReportCommand;
import dev.tengen.cli.command.RunCommand;
import dev.tengen.cli.command.SelfplayCommand;
import dev.tengen.cli.command.TrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code tengen} command: only dispatches to its subcommands. */
@Command(
    name = "tengen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "AlphaZero-style self-play learning for the game of Go.",
      "",
      "A run is one directory, runs/NAME/{config, games/, models/, checkpoints/, metrics/, sgf/};"
          + " every stage can be stopped and restarted and resumes from it.",
      ""
    },
    subcommands = {
      RunCommand.class,
      SelfplayCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      PlayCommand.class,
      GtpCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 failure, 2 bad flags or configuration, 3 stage not available.",
      "Configuration: every knob is in the shipped reference.conf with its default and a comment;"
          + " see cli/README.md."
    })
public final class TengenCommand implements Runnable {
  private final Io io;

  @Spec CommandSpec spec;

  /** @param io the streams subcommands read and write */
  public TengenCommand(Io io) {
    this.io = io;
  }

  /** The streams of this invocation. */
  public Io io() {
    return io;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand (try: tengen --help)");
  }
}
