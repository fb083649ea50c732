package dev.tengen.evaluator;

import dev.tengen.evaluator.gatekeeper.Gatekeeper;
import dev.tengen.evaluator.gatekeeper.GatekeeperConfig;
import dev.tengen.evaluator.gatekeeper.ModelContestants;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.Match;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.SgfArchive;
import dev.tengen.evaluator.match.StopRule;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The evaluator's directory of a run ({@code runs/NAME/evaluator/} by convention, any directory
 * for ad-hoc matches): {@code ladder-games.tsv} (every evaluation game, once), {@code sgf/<match
 * id>/game-NNNN.sgf} and {@code logs/} (outside engines' stderr). Every match played through here
 * feeds the Elo ladder. Thread-safe.
 */
public final class EvaluatorDirectory {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final EloLadder ladder;
  private final SgfArchive sgf;

  private EvaluatorDirectory(Path directory) {
    this.directory = directory;
    this.ladder = EloLadder.open(directory);
    this.sgf = new SgfArchive(directory.resolve("sgf"));
  }

  /** Opens (creating) the directory and its ladder journal. */
  public static EvaluatorDirectory open(Path directory) {
    return new EvaluatorDirectory(directory);
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  /** The Elo ladder over every game journaled here (anchored on the first player). */
  public EloLadder ladder() {
    return ladder;
  }

  /** The journal of every game. */
  public ResultJournal journal() {
    return ladder.journal();
  }

  /** Where games are kept as SGF. */
  public SgfArchive sgf() {
    return sgf;
  }

  /** Where outside engines' stderr goes ({@code logs/}). */
  public Path logDirectory() {
    return directory.resolve("logs");
  }

  /**
   * A fresh match id {@code <a>-vs-<b>-<yyyyMMdd-HHmmss>} (UTC); pass an earlier id instead to
   * resume that match.
   */
  public static String newMatchId(String a, String b, Clock clock) {
    return a + "-vs-" + b + "-" + STAMP.format(clock.instant());
  }

  /**
   * Plays (or resumes) a match, journaled here and kept as SGF; side A's score is the result.
   *
   * @throws InterruptedException if interrupted (the games finished so far stay journaled)
   */
  public MatchResult play(
      MatchSettings settings, Contestant a, Contestant b, StopRule stopRule,
      MatchListener listener) throws InterruptedException {
    return Match.builder(settings, a, b).journal(journal()).sgf(sgf).listener(listener)
        .stopRule(stopRule).build().run();
  }

  /** A gatekeeper for the run's model queue whose games are journaled and archived here. */
  public Gatekeeper gatekeeper(
      ModelQueue queue, ModelContestants models, GatekeeperConfig config, MatchListener listener,
      Clock clock) {
    return new Gatekeeper(queue, models, config, journal(), sgf, listener, clock);
  }
}
