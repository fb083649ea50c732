package dev.tengen.evaluator.stats;

/** The Wilson score interval for a proportion, as {@code gtp_match.py}'s {@code wilson()}. */
public final class Wilson {

  /** The two-sided 95% normal quantile used everywhere in Tengen's reports. */
  public static final double Z95 = 1.959963984540054;

  private Wilson() {}

  /**
   * The Wilson interval of {@code score} successes out of {@code n} trials (a draw counts 0.5), at
   * normal quantile {@code z}; {@code [0, 1]} when {@code n == 0}. The bounds are clipped to [0, 1].
   *
   * @throws IllegalArgumentException if {@code n < 0}, {@code score} is outside [0, n], or
   *     {@code z <= 0}
   */
  public static Interval interval(double score, int n, double z) {
    if (n < 0 || !(score >= 0 && score <= n) || !(z > 0)) {
      throw new IllegalArgumentException(
          "Wilson interval needs 0 <= score <= n and z > 0; got score " + score + ", n " + n
              + ", z " + z);
    }
    if (n == 0) {
      return new Interval(0.0, 1.0);
    }
    double p = score / n;
    double d = 1.0 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / d;
    double half = z * Math.sqrt(Math.max(0.0, p * (1 - p) / n + z * z / (4.0 * n * n))) / d;
    return new Interval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
  }

  /** {@link #interval(double, int, double)} at 95% ({@link #Z95}). */
  public static Interval interval95(double score, int n) {
    return interval(score, n, Z95);
  }
}
