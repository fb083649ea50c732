package dev.tengen.cli.command;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.evaluator.match.MatchOpening;
import dev.tengen.cli.match.MatchCommand;
import dev.tengen.cli.match.PlayerSpec;
import dev.tengen.cli.progress.Terminals;
import dev.tengen.cli.stage.EvaluatorStage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tengen evaluate}: the gatekeeper process of a run, or, with {@code --a SPEC --b SPEC},
 * one match between any two players ({@link MatchCommand}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {
      "Without --a/--b: run the evaluator of a run: play each candidate against the best model,",
      "promote by the gating rule (SPRT by default), journal every game for the Elo ladder",
      "(runs/NAME/evaluator/).",
      "With --a SPEC --b SPEC: play one match (colours alternate, A is Black in game 1) and print",
      "A's W/L/D, win rate with its 95%% Wilson interval, Elo difference with its interval and",
      "forfeits. SPEC is ckpt:PATH (a checkpoint, searched with --visits), gnugo:LEVEL (GNU Go",
      "0..10), gtp:COMMAND LINE (any GTP engine) or random. Games and SGFs go to --out, else to",
      "runs/NAME/evaluator/ when --run is given, else to a new RUNS_ROOT/matches/<match id>/."
    })
public final class EvaluateCommand implements Callable<Integer> {
  /** Between two progress lines of a match when stderr is not a terminal. */
  static final Duration MATCH_PROGRESS_INTERVAL = Duration.ofSeconds(10);

  @ParentCommand TengenCommand parent;

  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--a", paramLabel = "SPEC", converter = PlayerSpec.Converter.class,
      description = "Side A of a match: ckpt:PATH, gnugo:LEVEL, gtp:COMMAND or random.")
  PlayerSpec a;

  @Option(names = "--b", paramLabel = "SPEC", converter = PlayerSpec.Converter.class,
      description = "Side B of a match (same forms as --a).")
  PlayerSpec b;

  @Option(names = "--games", paramLabel = "N", defaultValue = "20",
      description = "Games of the match (default: ${DEFAULT-VALUE}).")
  int games;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
      description = "Games played at once (default: ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--size", paramLabel = "N", defaultValue = "9",
      description = "Board size of the match (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--komi", paramLabel = "K", defaultValue = "7.5",
      description = "Komi of the match (default: ${DEFAULT-VALUE}).")
  double komi;

  @Option(names = "--visits", paramLabel = "N", defaultValue = "800",
      description = "Search visits per move of ckpt: players (default: ${DEFAULT-VALUE}).")
  int visits;

  @Option(names = "--opening-moves", paramLabel = "N", defaultValue = "6",
      description = "Plies at the start of each game that ckpt: players sample from their visit"
          + " counts at temperature 1, so the games of a match differ; 0 plays every move"
          + " deterministically (default: ${DEFAULT-VALUE}).")
  int openingMoves;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Base seed of the players' randomness (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Evaluator directory of the match (journal, sgf/, logs/).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    if (a == null && b == null) {
      requireNoMatchOptions();
      TengenConfig config = StageCommands.prepare(run, List.of(), io);
      return StageCommands.run(List.of(new EvaluatorStage(run.directory(), config, io.err(),
          Terminals.redrawInPlace(io))), run.directory(), config, io);
    }
    MatchCommand.Options options = matchOptions();
    new MatchCommand(options, io.out(), io.err(), Terminals.redrawInPlace(io),
        MATCH_PROGRESS_INTERVAL, Clock.systemUTC()).run();
    return ExitCodes.OK;
  }

  /** The match the options describe; usage errors (exit 2) name the bad option. */
  private MatchCommand.Options matchOptions() {
    if (a == null || b == null) {
      throw usage("a match needs both --a and --b (missing " + (a == null ? "--a" : "--b") + ")");
    }
    atLeast("--games", games, 1);
    atLeast("--parallel", parallel, 1);
    atLeast("--visits", visits, 1);
    atLeast("--opening-moves", openingMoves, 0);
    if (size < 2 || size > 25) {
      throw usage("--size " + size + " outside 2..25");
    }
    if (!Double.isFinite(komi)) {
      throw usage("--komi " + komi + " is not a number");
    }
    Path directory = out;
    if (directory == null && matched("--run")) {
      directory = run.directory().evaluator();
    }
    return new MatchCommand.Options(a, b, games, parallel, size, komi, visits, seed,
        new MatchOpening(openingMoves, MatchOpening.DEFAULT.temperature()), directory,
        run.runsRoot.resolve("matches"));
  }

  private void requireNoMatchOptions() {
    for (String option : List.of("--games", "--parallel", "--size", "--komi", "--visits",
        "--opening-moves", "--seed", "--out")) {
      if (matched(option)) {
        throw usage(option + " only applies to a match: give --a SPEC --b SPEC");
      }
    }
  }

  private void atLeast(String option, int value, int least) {
    if (value < least) {
      throw usage(option + " " + value + " < " + least);
    }
  }

  private boolean matched(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
