/**
 * Matches between players under Tengen's rules. A {@link dev.tengen.evaluator.match.Player} is one
 * side of one game at a time (an outside GTP engine, {@link dev.tengen.evaluator.match.GtpPlayer};
 * a random mover, {@link dev.tengen.evaluator.match.RandomPlayer}; Tengen's own search over a
 * network, {@link dev.tengen.evaluator.match.SearchPlayer}); a
 * {@link dev.tengen.evaluator.match.Contestant} opens players, one per parallel game. The
 * {@link dev.tengen.evaluator.match.Referee} plays one game with the rules enforced by
 * {@link dev.tengen.games.Game} and forfeits a player that misbehaves; a
 * {@link dev.tengen.evaluator.match.Match} plays many games, several at once, alternating colours,
 * journals each result under a unique game id (so a restarted match resumes and the ladder never
 * counts a game twice) and keeps each game as SGF.
 */
package dev.tengen.evaluator.match;
