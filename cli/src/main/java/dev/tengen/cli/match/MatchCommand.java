package dev.tengen.cli.match;

import dev.tengen.cli.progress.MatchProgressLog;
import dev.tengen.evaluator.EvaluatorDirectory;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.MatchOpening;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.StopRule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Plays one ad-hoc match of {@code tengen evaluate --a SPEC --b SPEC}: opens both sides, plays
 * {@code games} games with alternating colours (A has Black in odd-numbered games) through an
 * {@link EvaluatorDirectory} (so every game is journaled for the Elo ladder and kept as SGF under
 * {@code sgf/<match id>/}), draws a progress bar on the log stream and prints the summary on the
 * output stream. Costs what the games cost: for checkpoints, {@code visits} searches per move.
 */
public final class MatchCommand {
  private final Options options;
  private final PrintStream out;
  private final PrintStream log;
  private final boolean terminal;
  private final Duration progressInterval;
  private final Clock clock;

  /**
   * A match to play.
   *
   * @param a side A (the side whose score is reported)
   * @param b side B
   * @param games games to play, at least 1
   * @param parallelGames games at once, at least 1
   * @param boardSize board size, 2 to 25
   * @param komi komi
   * @param visits search visits per move of checkpoint players, at least 1
   * @param seed base seed of the players' randomness
   * @param opening how checkpoint players choose the first plies of each game
   * @param directory the evaluator directory to play in, or null for {@code
   *     matchesRoot/<match id>/}
   * @param matchesRoot where a new match directory goes when {@code directory} is null
   */
  public record Options(PlayerSpec a, PlayerSpec b, int games, int parallelGames, int boardSize,
      double komi, int visits, long seed, MatchOpening opening, Path directory,
      Path matchesRoot) {
    /** @throws NullPointerException if a side, the opening or the matches root is null */
    public Options {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(opening, "opening");
      Objects.requireNonNull(b, "b");
      Objects.requireNonNull(matchesRoot, "matchesRoot");
    }
  }

  /**
   * @param options the match
   * @param out where the summary goes (stdout)
   * @param log where progress and loading messages go (stderr)
   * @param terminal whether {@code log} is a terminal (the bar is redrawn in place)
   * @param progressInterval least time between two progress lines when not a terminal
   * @param clock names the match ({@code <a>-vs-<b>-<yyyyMMdd-HHmmss>})
   */
  public MatchCommand(Options options, PrintStream out, PrintStream log, boolean terminal,
      Duration progressInterval, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.out = Objects.requireNonNull(out, "out");
    this.log = Objects.requireNonNull(log, "log");
    this.terminal = terminal;
    this.progressInterval = Objects.requireNonNull(progressInterval, "progressInterval");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Plays the match to the end and prints its summary.
   *
   * @return the result
   * @throws IllegalArgumentException if a setting is out of range or a checkpoint is missing,
   *     corrupt or for another board size
   * @throws IllegalStateException if GNU Go is asked for and not installed
   * @throws InterruptedException if interrupted (finished games stay journaled)
   */
  public MatchResult run() throws InterruptedException {
    GameSettings game = GameSettings.of(options.boardSize(), options.komi());
    String nameA = MatchPlayers.ladderName(options.a());
    String nameB = MatchPlayers.ladderName(options.b());
    String matchId = EvaluatorDirectory.newMatchId(nameA, nameB, clock);
    MatchSettings settings =
        new MatchSettings(matchId, game, options.games(), options.parallelGames(), true);
    Path directory = options.directory() != null
        ? options.directory() : options.matchesRoot().resolve(matchId);
    EvaluatorDirectory home = EvaluatorDirectory.open(directory);
    MatchPlayers.Settings playerSettings = new MatchPlayers.Settings(options.boardSize(),
        options.visits(), options.parallelGames(), options.seed(), options.opening());
    try (MatchPlayers players = new MatchPlayers(options.a(), options.b(), playerSettings,
        home.logDirectory(), log)) {
      log.println("tengen: match " + matchId + ": A = " + options.a() + " (" + players.a().name()
          + "), B = " + options.b() + " (" + players.b().name() + "), " + options.games()
          + " games, " + options.parallelGames() + " at once, first " + options.opening().plies()
          + " plies sampled at temperature " + options.opening().temperature() + ", in "
          + directory);
      MatchProgressLog progress = new MatchProgressLog("match", log, terminal, progressInterval);
      MatchResult result;
      try {
        result = home.play(settings, players.a(), players.b(), StopRule.NEVER, progress);
      } finally {
        progress.finish();
      }
      out.print(result.summary());
      out.println("  SGF: " + home.sgf().fileOf(matchId, 1).getParent());
      out.println("  journal: " + home.journal().path());
      return result;
    }
  }
}
