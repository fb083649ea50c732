/**
 * Match statistics with no Go in them: a {@link dev.tengen.evaluator.stats.MatchScore} of wins,
 * losses and draws, its win rate with a 95% Wilson interval, the Elo difference with its
 * interval ({@link dev.tengen.evaluator.stats.Elo}), and the sequential probability ratio test
 * ({@link dev.tengen.evaluator.stats.Sprt}) that gating uses.
 *
 * <p>The conventions agree with the project's external referee {@code oracle/gtp_match.py}: a draw
 * counts half a win, z = 1.959963984540054, and the Elo interval is the Elo of the Wilson bounds.
 * Depends on nothing.
 */
package dev.tengen.evaluator.stats;
