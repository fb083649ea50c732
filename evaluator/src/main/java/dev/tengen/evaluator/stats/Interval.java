package dev.tengen.evaluator.stats;

/**
 * A closed interval {@code [low, high]}; either end may be infinite (Elo intervals of a shutout).
 *
 * @param low the lower bound
 * @param high the upper bound, at least {@code low}
 */
public record Interval(double low, double high) {

  /** @throws IllegalArgumentException if a bound is NaN or {@code low > high} */
  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("interval [" + low + ", " + high + "] is not ordered");
    }
  }

  /** True when {@code low <= x <= high}. */
  public boolean contains(double x) {
    return low <= x && x <= high;
  }
}
