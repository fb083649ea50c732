/**
 * Tengen's evaluator: matches between checkpoints and against outside GTP engines, gating of
 * candidate networks, and the Elo ladder. Entry point for the CLI: {@link
 * dev.tengen.evaluator.EvaluatorDirectory} (a run's {@code evaluator/} directory with its ladder
 * journal, SGF archive and engine logs), which plays journaled matches and builds the gatekeeper.
 *
 * <p>Sub-packages, lowest first: {@code stats} (win rate, Wilson and Elo intervals, SPRT),
 * {@code gating} (SPRT, fixed-games and no gating), {@code ladder} (journal and Bradley–Terry),
 * {@code gtp} (GTP client for subprocess engines), {@code match} (players, referee, matches),
 * {@code gatekeeper} (follows the model queue). Depends on {@code games}, {@code mcts},
 * {@code network} (only {@code gatekeeper.CheckpointContestants}) and {@code selfplay} (the model
 * queue).
 */
package dev.tengen.evaluator;
