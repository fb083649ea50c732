package dev.tengen.evaluator.stats;

/**
 * The hypotheses and error rates of a {@link Sprt}.
 *
 * @param elo0 the Elo difference (A − B) under H0
 * @param elo1 the Elo difference under H1, greater than {@code elo0}
 * @param alpha the largest probability of accepting H1 when H0 holds, in (0, 0.5)
 * @param beta the largest probability of accepting H0 when H1 holds, in (0, 0.5)
 */
public record SprtParams(double elo0, double elo1, double alpha, double beta) {

  /** Leela Zero's gating test: H0 = 0 Elo, H1 = 35 Elo, α = β = 0.05. */
  public static final SprtParams LEELA_ZERO = new SprtParams(0.0, 35.0, 0.05, 0.05);

  /** @throws IllegalArgumentException naming the bad field */
  public SprtParams {
    if (!Double.isFinite(elo0) || !Double.isFinite(elo1) || !(elo1 > elo0)) {
      throw new IllegalArgumentException(
          "SPRT needs finite elo0 < elo1; got elo0 " + elo0 + ", elo1 " + elo1);
    }
    if (!(alpha > 0 && alpha < 0.5)) {
      throw new IllegalArgumentException("SPRT alpha " + alpha + " is not in (0, 0.5)");
    }
    if (!(beta > 0 && beta < 0.5)) {
      throw new IllegalArgumentException("SPRT beta " + beta + " is not in (0, 0.5)");
    }
  }

  /** Wald's lower bound {@code ln(β / (1 − α))}: the LLR below which H0 is accepted. */
  public double lowerBound() {
    return Math.log(beta / (1.0 - alpha));
  }

  /** Wald's upper bound {@code ln((1 − β) / α)}: the LLR above which H1 is accepted. */
  public double upperBound() {
    return Math.log((1.0 - beta) / alpha);
  }
}
