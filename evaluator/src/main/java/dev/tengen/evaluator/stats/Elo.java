package dev.tengen.evaluator.stats;

/**
 * The logistic Elo scale: a rating difference {@code d} means an expected score of
 * {@code 1 / (1 + 10^(-d / 400))}.
 */
public final class Elo {

  /** Natural-log factor of the scale: {@code ln(10) / 400}, so expected score = σ(C · d). */
  public static final double NATURAL_PER_ELO = Math.log(10.0) / 400.0;

  private Elo() {}

  /**
   * The Elo difference that gives expected score {@code p}: {@code -400 log10(1/p - 1)}; −∞ at 0
   * and +∞ at 1, like {@code gtp_match.py}'s {@code elo()}.
   *
   * @throws IllegalArgumentException if {@code p} is outside [0, 1] or NaN
   */
  public static double fromScoreRate(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("score rate " + p + " is not in [0, 1]");
    }
    if (p == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    return -400.0 * Math.log10(1.0 / p - 1.0);
  }

  /** The expected score of a player {@code eloDifference} points stronger than its opponent. */
  public static double expectedScore(double eloDifference) {
    return 1.0 / (1.0 + Math.pow(10.0, -eloDifference / 400.0));
  }

  /**
   * Formats like {@code gtp_match.py}: {@code +35}, {@code -120}, {@code +inf}, {@code -inf} (but
   * an even score prints {@code +0}, where Python's {@code %+.0f} of −0.0 prints {@code -0}).
   */
  public static String format(double elo) {
    if (elo == Double.POSITIVE_INFINITY) {
      return "+inf";
    }
    if (elo == Double.NEGATIVE_INFINITY) {
      return "-inf";
    }
    return String.format(java.util.Locale.ROOT, "%+.0f", elo + 0.0); // no "-0"
  }
}
