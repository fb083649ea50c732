package dev.tengen.evaluator.ladder;

import java.util.Objects;

/**
 * One finished game as the ladder keeps it.
 *
 * @param gameId unique across all matches ever played in the run (e.g. {@code matchId + "/" +
 *     index}); the key that makes adding idempotent
 * @param matchId the match the game belongs to
 * @param black the player that had Black (a model id or an engine label such as {@code
 *     gnugo-l1})
 * @param white the player that had White
 * @param winner by colour, or a draw
 * @param result the SGF {@code RE} value, e.g. {@code B+3.5}, {@code W+R}, {@code B+F}
 * @param reason how it ended, e.g. {@code two_passes}, {@code resign}, {@code timeout: ...}
 */
public record RecordedGame(
    String gameId,
    String matchId,
    String black,
    String white,
    Winner winner,
    String result,
    String reason) {

  /** @throws IllegalArgumentException if a field is empty, has a tab or a line break, or the
   *     two players are the same */
  public RecordedGame {
    requireToken(gameId, "gameId");
    requireToken(matchId, "matchId");
    requireToken(black, "black");
    requireToken(white, "white");
    Objects.requireNonNull(winner, "winner");
    requireToken(result, "result");
    Objects.requireNonNull(reason, "reason");
    reason = reason.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    if (black.equals(white)) {
      throw new IllegalArgumentException(
          "game " + gameId + " has the same player '" + black + "' on both sides");
    }
  }

  private static void requireToken(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()
        || value.indexOf('\t') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          field + " '" + value + "' must be non-empty, without tabs or line breaks");
    }
  }

  /** The winning player's name, or null for a draw. */
  public String winnerName() {
    return switch (winner) {
      case BLACK -> black;
      case WHITE -> white;
      case DRAW -> null;
    };
  }

  /** One journal line (without the line break): the fields separated by tabs. */
  String toLine() {
    return String.join(
        "\t", gameId, matchId, black, white, winner.code(), result, reason);
  }

  /** Parses {@link #toLine()}; throws IllegalArgumentException naming the line. */
  static RecordedGame parseLine(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException(
          "journal line has " + f.length + " fields, expected 7: '" + line + "'");
    }
    return new RecordedGame(f[0], f[1], f[2], f[3], Winner.ofCode(f[4]), f[5], f[6]);
  }
}
