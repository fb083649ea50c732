package dev.tengen.cli.command;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.GameConfig;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.engine.EngineFactory;
import dev.tengen.cli.engine.Evaluators;
import dev.tengen.cli.engine.GoEngine;
import dev.tengen.cli.engine.Handicap;
import dev.tengen.cli.play.TerminalGame;
import dev.tengen.games.Color;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tengen play}: a game against the agent in the terminal. */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = {
      "Play a game against the agent in the terminal.",
      "Type a point (D4), pass, resign, undo, hint, save FILE.sgf or quit. Colours are off",
      "when NO_COLOR is set or output is not a terminal."
    })
public final class PlayCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Spec CommandSpec spec;

  @Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--color", paramLabel = "COLOR", defaultValue = "black",
      description = "Your colour: black or white (default: ${DEFAULT-VALUE}).")
  String color;

  @Option(names = "--handicap", paramLabel = "N", defaultValue = "0",
      description = "Fixed handicap stones for Black (2 to 9 on 9x9 and up; default none).")
  int handicap;

  @Override
  public Integer call() {
    Io io = parent.io();
    Color human;
    try {
      human = Color.parse(color);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--color must be black or white, not " + color);
    }
    TengenConfig config = TengenConfig.load(engine.configFile(), engine.overrides());
    EngineFactory factory = EngineFactory.from(config);
    GameConfig game = factory.game();
    if (handicap != 0) {
      try {
        Handicap.fixed(game.boardSize(), handicap);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--handicap: " + e.getMessage());
      }
    }
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (Evaluators.Opened evaluator = factory.openEvaluator(engine.model(), io.err())) {
      GoEngine goEngine = factory.create(evaluator.policyValue(), evaluator.boardSize(), quiet);
      if (handicap != 0) {
        goEngine.session().restart(Handicap.fixed(game.boardSize(), handicap), new int[0], Color.WHITE);
      }
      boolean ansi = io.interactive() && !io.env().containsKey("NO_COLOR");
      new TerminalGame(goEngine, human, io.in(), io.out(), ansi).play();
    }
    return ExitCodes.OK;
  }
}
