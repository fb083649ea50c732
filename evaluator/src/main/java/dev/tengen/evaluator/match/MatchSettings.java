package dev.tengen.evaluator.match;

import java.util.Objects;

/**
 * One match: which games, how many, how many at once.
 *
 * @param matchId unique in the run; the journal and the SGF directory use it (no tabs, line breaks
 *     or slashes). Running a match with the id of an unfinished one resumes it.
 * @param game size, rules and move cap of every game
 * @param maxGames the most games (a stop rule may end the match sooner), at least 1
 * @param parallelGames games played at the same time, at least 1; each needs a player per side
 * @param alternateColours if true, side A has Black in odd-numbered games and White in even ones;
 *     if false, A always has Black
 */
public record MatchSettings(
    String matchId, GameSettings game, int maxGames, int parallelGames,
    boolean alternateColours) {

  /** @throws IllegalArgumentException naming the bad field */
  public MatchSettings {
    Names.check(matchId, "match id");
    Objects.requireNonNull(game, "game");
    if (maxGames < 1) {
      throw new IllegalArgumentException("match " + matchId + ": max games " + maxGames + " < 1");
    }
    if (parallelGames < 1) {
      throw new IllegalArgumentException(
          "match " + matchId + ": parallel games " + parallelGames + " < 1");
    }
  }

  /** The journal id of game {@code number} (1-based): {@code <matchId>/<number>}. */
  public String gameId(int number) {
    return matchId + "/" + number;
  }

  /** True if side A has Black in game {@code number}. */
  public boolean aIsBlack(int number) {
    return !alternateColours || number % 2 == 1;
  }
}
