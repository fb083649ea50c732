package dev.tengen.evaluator.gating;

/** What a gating rule says about a candidate. */
public enum Verdict {
  /** Play more games. */
  CONTINUE,
  /** The candidate becomes the best network. */
  PROMOTE,
  /** The candidate is discarded. */
  REJECT;

  /** True for {@link #PROMOTE} and {@link #REJECT}. */
  public boolean isFinal() {
    return this != CONTINUE;
  }
}
