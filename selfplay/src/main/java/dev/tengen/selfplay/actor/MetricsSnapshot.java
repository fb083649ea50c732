package dev.tengen.selfplay.actor;

import java.time.Instant;
import java.util.Locale;

/**
 * The actor's counters at one moment, totals since the actor started, with the derived rates.
 *
 * @param epochMillis when the snapshot was taken
 * @param actor the actor's name (host and process id by default)
 * @param model the model in use
 * @param elapsedSeconds since the actor started
 * @param games finished games appended to the queue
 * @param moves moves of those games (training positions written)
 * @param movesPlayed moves played so far, including games still in progress
 * @param evaluations positions evaluated by the network
 * @param resignations games that ended by resignation
 * @param resignDisabledGames games played with resignation disabled
 * @param wouldResignGames of those, games where a player would have resigned
 * @param falseResignations of those, games the would-be resigner won
 */
public record MetricsSnapshot(
    long epochMillis,
    String actor,
    String model,
    double elapsedSeconds,
    long games,
    long moves,
    long movesPlayed,
    long evaluations,
    long resignations,
    long resignDisabledGames,
    long wouldResignGames,
    long falseResignations,
    long networkNanos,
    long searchNanos,
    long rulesNanos,
    long queueNanos) {

  public double gamesPerHour() {
    return elapsedSeconds > 0 ? games * 3600.0 / elapsedSeconds : 0;
  }

  /** Moves played per second (games in progress included): the rate positions are generated. */
  public double positionsPerSecond() {
    return elapsedSeconds > 0 ? movesPlayed / elapsedSeconds : 0;
  }

  /** Network evaluations per second. */
  public double evaluationsPerSecond() {
    return elapsedSeconds > 0 ? evaluations / elapsedSeconds : 0;
  }

  public double averageGameLength() {
    return games > 0 ? (double) moves / games : 0;
  }

  /** Resigned games over all games. */
  public double resignationRate() {
    return games > 0 ? (double) resignations / games : 0;
  }

  /**
   * Of the resignation-disabled games in which a player would have resigned, the share that
   * player won: the rate at which resigning would have thrown a game away.
   */
  public double falseResignationRate() {
    return wouldResignGames > 0 ? (double) falseResignations / wouldResignGames : 0;
  }

  /** Share of measured self-play thread time in one part: network, search, rules or queue. */
  public double share(long nanos) {
    long total = networkNanos + searchNanos + rulesNanos + queueNanos;
    return total > 0 ? (double) nanos / total : 0;
  }

  /** One JSON object on one line (no trailing newline). */
  public String toJson() {
    return String.format(Locale.ROOT,
        "{\"time\":\"%s\",\"actor\":%s,\"model\":%s,\"elapsedSeconds\":%.3f,\"games\":%d,"
            + "\"moves\":%d,\"movesPlayed\":%d,\"evaluations\":%d,\"gamesPerHour\":%.1f,\"positionsPerSecond\":%.2f,"
            + "\"evaluationsPerSecond\":%.1f,\"averageGameLength\":%.2f,\"resignations\":%d,"
            + "\"resignationRate\":%.4f,\"resignDisabledGames\":%d,\"wouldResignGames\":%d,"
            + "\"falseResignations\":%d,\"falseResignationRate\":%.4f,\"shareNetwork\":%.4f,"
            + "\"shareSearch\":%.4f,\"shareRules\":%.4f,\"shareQueue\":%.4f}",
        Instant.ofEpochMilli(epochMillis), quote(actor), quote(model), elapsedSeconds, games, moves,
        movesPlayed, evaluations, gamesPerHour(), positionsPerSecond(), evaluationsPerSecond(),
        averageGameLength(), resignations, resignationRate(), resignDisabledGames, wouldResignGames,
        falseResignations, falseResignationRate(), share(networkNanos), share(searchNanos),
        share(rulesNanos), share(queueNanos));
  }

  /** A one-line human summary for the log. */
  public String toLogLine() {
    return String.format(Locale.ROOT,
        "%s: %d games (%.0f/h), %d moves (%.1f positions/s), %.1f evals/s, avg length %.1f, "
            + "resigned %.1f%%, false resignations %d/%d, time network %.0f%% search %.0f%% "
            + "rules %.0f%% queue %.1f%%, model %s",
        actor, games, gamesPerHour(), moves, positionsPerSecond(), evaluationsPerSecond(),
        averageGameLength(), 100 * resignationRate(), falseResignations, wouldResignGames,
        100 * share(networkNanos), 100 * share(searchNanos), 100 * share(rulesNanos),
        100 * share(queueNanos), model);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
