package dev.tengen.evaluator.match;

import dev.tengen.evaluator.stats.MatchScore;

/**
 * Where a match stands after a game.
 *
 * @param matchId the match
 * @param gameNumber the game just finished (1-based)
 * @param report the game
 * @param scoreOfA side A's score over every game so far, resumed ones included
 * @param gamesDone games finished so far, resumed ones included
 * @param maxGames the most games the match plays
 */
public record MatchProgress(
    String matchId, int gameNumber, GameReport report, MatchScore scoreOfA, int gamesDone,
    int maxGames) {}
