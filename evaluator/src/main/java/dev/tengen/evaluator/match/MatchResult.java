package dev.tengen.evaluator.match;

import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.stats.MatchScore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a match produced.
 *
 * @param settings the match
 * @param nameA side A (the candidate, in gating)
 * @param nameB side B
 * @param scoreOfA A's score over every game of the match, resumed ones included
 * @param scoreAtStop A's score when the stop rule first said stop, or null if it never did
 *     (games already under way then were finished and are in {@code scoreOfA})
 * @param resumedGames games found in the journal from an earlier run of this match
 * @param games every game of the match as journaled, in order of game id's number
 * @param played the games played by this run, in order of their numbers
 */
public record MatchResult(
    MatchSettings settings,
    String nameA,
    String nameB,
    MatchScore scoreOfA,
    MatchScore scoreAtStop,
    int resumedGames,
    List<RecordedGame> games,
    List<GameReport> played) {

  /** Copies the lists. */
  public MatchResult {
    games = List.copyOf(games);
    played = List.copyOf(played);
  }

  /** Forfeits by this run's games: "name: kind" to count, sorted. */
  public Map<String, Integer> forfeits() {
    Map<String, Integer> out = new TreeMap<>();
    for (GameReport r : played) {
      if (r.forfeit() != null) {
        String loser =
            r.forfeit().loser() == dev.tengen.games.Color.BLACK ? r.blackName() : r.whiteName();
        out.merge(loser + ": " + r.forfeit().kind().code(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Side A's W/L/D with Black and with White, over every game of the match: {@code
   * {blackWins, blackLosses, blackDraws, whiteWins, whiteLosses, whiteDraws}}.
   */
  public int[] colourRecordOfA() {
    int[] r = new int[6];
    for (RecordedGame g : games) {
      int base = g.black().equals(nameA) ? 0 : 3;
      String winner = g.winnerName();
      r[base + (winner == null ? 2 : winner.equals(nameA) ? 0 : 1)]++;
    }
    return r;
  }

  /** Mean seconds per genmove of a player over this run's games; NaN if it made no move. */
  public double secondsPerMove(String name) {
    double seconds = 0;
    int count = 0;
    for (GameReport r : played) {
      for (dev.tengen.games.Color c : dev.tengen.games.Color.values()) {
        String who = c == dev.tengen.games.Color.BLACK ? r.blackName() : r.whiteName();
        double s = r.secondsPerMove(c);
        if (who.equals(name) && !Double.isNaN(s)) {
          int moves = (int) r.moves().stream().filter(m -> m.color() == c).count();
          seconds += s * moves;
          count += moves;
        }
      }
    }
    return count == 0 ? Double.NaN : seconds / count;
  }

  /** Summary lines in the manner of {@code gtp_match.py}'s {@code summary.txt}. */
  public String summary() {
    int black = 0;
    int white = 0;
    int draws = 0;
    for (RecordedGame g : games) {
      switch (g.winner()) {
        case BLACK -> black++;
        case WHITE -> white++;
        case DRAW -> draws++;
      }
    }
    GameSettings s = settings.game();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "match %s: %d games, %dx%d, komi %s, %s%n",
        settings.matchId(), scoreOfA.games(), s.size(), s.size(),
        dev.tengen.games.Rules.formatKomi(s.rules().komi()), s.rules()));
    sb.append("  A = ").append(nameA).append(", B = ").append(nameB).append('\n');
    sb.append("  A: ").append(scoreOfA.summary()).append('\n');
    int[] c = colourRecordOfA();
    sb.append(String.format(Locale.ROOT,
        "  A as Black W/L/D %d/%d/%d, as White %d/%d/%d; s/move A %.3f, B %.3f%n",
        c[0], c[1], c[2], c[3], c[4], c[5], secondsPerMove(nameA), secondsPerMove(nameB)));
    sb.append(String.format(Locale.ROOT, "  wins by colour: B %d, W %d, draws %d%n", black, white,
        draws));
    Map<String, Integer> f = forfeits();
    sb.append("  forfeits: ").append(f.isEmpty() ? "none" : f.toString()).append('\n');
    if (resumedGames > 0) {
      sb.append("  resumed ").append(resumedGames).append(" games from the journal\n");
    }
    return sb.toString();
  }
}
