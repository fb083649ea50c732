package dev.tengen.network;

import java.util.Arrays;

/**
 * A step schedule: rate {@code rates[i]} from step {@code boundaries[i-1]} (inclusive) until
 * {@code boundaries[i]}, i.e. {@code rates[0]} before the first boundary and the last rate after
 * the last one (AlphaGo Zero's scheme, scaled down).
 *
 * @param boundaries strictly increasing positive training steps where the rate changes
 * @param rates one more rate than boundaries, each positive and finite
 */
public record LearningRateSchedule(long[] boundaries, double[] rates) {

  public LearningRateSchedule {
    boundaries = boundaries.clone();
    rates = rates.clone();
    if (rates.length != boundaries.length + 1) {
      throw new IllegalArgumentException("a step schedule needs one more rate than boundaries: "
          + rates.length + " rates, " + boundaries.length + " boundaries");
    }
    for (int i = 0; i < boundaries.length; i++) {
      if (boundaries[i] <= 0 || (i > 0 && boundaries[i] <= boundaries[i - 1])) {
        throw new IllegalArgumentException(
            "boundaries must be positive and strictly increasing: " + Arrays.toString(boundaries));
      }
    }
    for (double rate : rates) {
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rates must be positive and finite: " + Arrays.toString(rates));
      }
    }
  }

  /** One rate forever. */
  public static LearningRateSchedule constant(double rate) {
    return new LearningRateSchedule(new long[0], new double[] {rate});
  }

  /** The rate for the update made at this step (0-based count of steps already taken). */
  public double rateAt(long step) {
    int i = 0;
    while (i < boundaries.length && step >= boundaries[i]) {
      i++;
    }
    return rates[i];
  }

  @Override
  public long[] boundaries() {
    return boundaries.clone();
  }

  @Override
  public double[] rates() {
    return rates.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LearningRateSchedule other
        && Arrays.equals(boundaries, other.boundaries) && Arrays.equals(rates, other.rates);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(boundaries) * 31 + Arrays.hashCode(rates);
  }

  @Override
  public String toString() {
    return "LearningRateSchedule" + Arrays.toString(rates) + "@" + Arrays.toString(boundaries);
  }
}
