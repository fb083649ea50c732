/**
 * The gatekeeper: follows the run's model queue and, for each candidate without a decision, plays
 * it against the current best with the configured {@link dev.tengen.evaluator.gating.GatingRule},
 * then appends {@code Promoted} or {@code Rejected}. Crash-safe by construction: the match's
 * games are journaled as they finish (a restarted gatekeeper resumes the same match id), the
 * queue is checked for an existing decision under a file lock before one is appended, and the
 * ladder's journal ignores game ids it already holds. Depends on {@code selfplay}'s model queue;
 * the networks come in through {@link dev.tengen.evaluator.gatekeeper.ModelContestants}.
 */
package dev.tengen.evaluator.gatekeeper;
