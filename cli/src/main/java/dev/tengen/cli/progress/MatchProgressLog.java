package dev.tengen.cli.progress;

import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchProgress;
import dev.tengen.evaluator.stats.MatchScore;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows evaluation matches on stderr: one {@link ProgressBar} per match (games done of the
 * match's maximum, with side A's W/L/D), and the evaluator's events (verdicts, forfeits,
 * restarts) as plain lines, each ending the bar of the match before it. Called by the match's
 * workers one call at a time.
 */
public final class MatchProgressLog implements MatchListener {
  private final String prefix;
  private final PrintStream out;
  private final boolean terminal;
  private final Duration lineInterval;
  private ProgressBar bar;
  private String matchId;

  /**
   * @param prefix the log prefix, e.g. {@code "evaluator"}
   * @param out where to write (stderr)
   * @param terminal whether {@code out} is a terminal (bars redrawn in place)
   * @param lineInterval least time between two progress lines in a log
   */
  public MatchProgressLog(String prefix, PrintStream out, boolean terminal, Duration lineInterval) {
    this.prefix = prefix;
    this.out = out;
    this.terminal = terminal;
    this.lineInterval = lineInterval;
  }

  @Override
  public synchronized void gameFinished(MatchProgress progress) {
    if (bar == null || !progress.matchId().equals(matchId)) {
      endBar();
      matchId = progress.matchId();
      bar = ProgressBar.of(prefix + " " + matchId, progress.maxGames(), out, terminal, lineInterval);
    }
    MatchScore s = progress.scoreOfA();
    bar.update(progress.gamesDone(), String.format(Locale.ROOT, "W/L/D %d/%d/%d",
        s.wins(), s.losses(), s.draws()));
  }

  @Override
  public synchronized void event(String message) {
    endBar();
    out.println(prefix + ": " + message);
  }

  /** Ends the current bar, if any (call after the last match, so the next line starts clean). */
  public synchronized void finish() {
    endBar();
  }

  private void endBar() {
    if (bar != null) {
      bar.finish();
      bar = null;
      matchId = null;
    }
  }
}
