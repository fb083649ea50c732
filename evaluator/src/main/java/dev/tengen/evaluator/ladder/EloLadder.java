package dev.tengen.evaluator.ladder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ratings of every player (promoted models, outside engines such as {@code gnugo-l1}) from all
 * the games in a {@link ResultJournal}, by {@link BradleyTerry}. Adding a game is idempotent by
 * its game id, so a gatekeeper that replays games after a restart never counts one twice.
 * Thread-safe (the journal is; fitting reads a snapshot).
 */
public final class EloLadder {

  /** One virtual draw between successive players: enough to keep shutouts finite. */
  public static final double DEFAULT_PRIOR_DRAWS = 1.0;

  /** The journal file name inside an evaluator directory. */
  public static final String JOURNAL_FILE = "ladder-games.tsv";

  private final ResultJournal journal;
  private final String anchor;
  private final double priorDraws;

  /**
   * @param journal where the games are kept
   * @param anchor the player rated 0, or null for the first player in the journal
   * @param priorDraws virtual draws between successive players (see {@link BradleyTerry})
   */
  public EloLadder(ResultJournal journal, String anchor, double priorDraws) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.anchor = anchor;
    if (!(priorDraws >= 0)) {
      throw new IllegalArgumentException("prior draws " + priorDraws + " is negative");
    }
    this.priorDraws = priorDraws;
  }

  /** Opens the ladder kept in {@code directory/ladder-games.tsv}, anchored on the first player. */
  public static EloLadder open(Path directory) {
    return new EloLadder(
        ResultJournal.open(directory.resolve(JOURNAL_FILE)), null, DEFAULT_PRIOR_DRAWS);
  }

  /** The journal behind the ladder. */
  public ResultJournal journal() {
    return journal;
  }

  /** Adds a game unless its id is known; returns whether it was added. Durable on return. */
  public boolean add(RecordedGame game) {
    return journal.add(game);
  }

  /**
   * Fits the ratings of every player in the journal, in order of first appearance; empty if
   * there are no games. Cost: see {@link BradleyTerry}.
   *
   * @throws IllegalStateException as {@link BradleyTerry#fit} (only with a prior of 0), or if the
   *     configured anchor has no games yet
   */
  public List<Rating> ratings() {
    List<RecordedGame> games = journal.games();
    if (games.isEmpty()) {
      return List.of();
    }
    List<String> players = playersInOrder(games);
    String a = anchor == null ? players.get(0) : anchor;
    if (!players.contains(a)) {
      throw new IllegalStateException("ladder anchor '" + a + "' has played no game yet");
    }
    return BradleyTerry.fit(players, a, priorDraws, games);
  }

  /** Every player of {@code games}, in order of first appearance (Black before White). O(games). */
  public static List<String> playersInOrder(List<RecordedGame> games) {
    Set<String> players = new LinkedHashSet<>();
    for (RecordedGame g : games) {
      players.add(g.black());
      players.add(g.white());
    }
    return new ArrayList<>(players);
  }

  /** {@link #ratings()} as a table, strongest first, one player per line. */
  public String table() {
    List<Rating> rs = new ArrayList<>(ratings());
    rs.sort(Comparator.comparingDouble(Rating::elo).reversed());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "%-28s %8s %8s  %-19s %6s %7s%n",
        "player", "elo", "+-se", "95% CI", "games", "points"));
    for (Rating r : rs) {
      sb.append(String.format(java.util.Locale.ROOT, "%-28s %8.1f %8.1f  [%7.1f, %7.1f] %6d %7.1f%n",
          r.player(), r.elo(), r.standardError(), r.ci95().low(), r.ci95().high(), r.games(),
          r.points()));
    }
    return sb.toString();
  }
}
