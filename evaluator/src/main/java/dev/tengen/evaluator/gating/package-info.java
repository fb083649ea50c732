/**
 * Gating rules: when a candidate network replaces the best one. A
 * {@link dev.tengen.evaluator.gating.GatingRule} looks at the candidate's
 * {@link dev.tengen.evaluator.stats.MatchScore} after each game and says continue, promote or
 * reject. Three rules ship: {@link dev.tengen.evaluator.gating.SprtGate} (Leela Zero, the
 * default), {@link dev.tengen.evaluator.gating.FixedGamesGate} (AlphaGo Zero's 55% of 400) and
 * {@link dev.tengen.evaluator.gating.NoGate} (AlphaZero: every candidate is promoted). Parse one
 * from a config string with {@link dev.tengen.evaluator.gating.GatingRule#parse}.
 */
package dev.tengen.evaluator.gating;
