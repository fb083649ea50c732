/**
 * The Elo ladder: every finished evaluation game is appended once to a
 * {@link dev.tengen.evaluator.ladder.ResultJournal} (keyed by a unique game id, so replays after a
 * crash are ignored), and {@link dev.tengen.evaluator.ladder.BradleyTerry} fits ratings to all of
 * them by maximum likelihood with confidence intervals from the Hessian.
 * {@link dev.tengen.evaluator.ladder.EloLadder} ties the two together. Depends on nothing but the
 * JDK.
 */
package dev.tengen.evaluator.ladder;
