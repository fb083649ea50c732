package dev.tengen.evaluator.match;

import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.stats.MatchScore;

/** Decides after each game whether a match has seen enough. Must be thread-safe (stateless). */
@FunctionalInterface
public interface StopRule {

  /** Never stop early: play {@link MatchSettings#maxGames()} games. */
  StopRule NEVER = score -> false;

  /** True to start no further game, given side A's score so far. */
  boolean shouldStop(MatchScore scoreOfA);

  /** Stop when a gating rule reaches a verdict; side A is the candidate. */
  static StopRule of(GatingRule rule) {
    return score -> rule.evaluate(score).verdict().isFinal();
  }
}
