package dev.tengen.evaluator.gating;

import dev.tengen.evaluator.stats.MatchScore;

/** AlphaZero: no gating, every candidate is promoted at once, without games. */
public enum NoGate implements GatingRule {
  /** The only instance. */
  INSTANCE;

  @Override
  public GateStatus evaluate(MatchScore candidateScore) {
    return new GateStatus(Verdict.PROMOTE, "no gating (AlphaZero): every candidate is promoted");
  }

  @Override
  public int maxGames() {
    return 0;
  }

  @Override
  public String describe() {
    return "none";
  }
}
