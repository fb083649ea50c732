package dev.tengen.trainer;

/**
 * How many of the newest positions the replay window holds, as a function of how many positions
 * the run has produced so far: a power law that starts at {@code minPositions}, first grows by
 * {@code expandPerPosition} per new position and then tapers off as
 * {@code positionsSeen ^ taperExponent}, never beyond {@code maxPositions}.
 *
 * <p>With {@code n} positions seen, {@code m = minPositions}, {@code s = taperScale},
 * {@code e = taperExponent}, {@code k = expandPerPosition} and {@code x = n - m + s}:
 *
 * <pre>
 *   desired(n) = m + k * (x^e - s^e) / (e * s^(e-1))      for n >= m
 *   size(n)    = min(n, desired(n), maxPositions)
 * </pre>
 *
 * The fraction is the power law re-anchored so that it is 0 at {@code n = m} and has slope 1
 * there, so the window first grows by {@code k} positions per new position; the same shape as
 * KataGo's {@code shuffle.py} window (whose published runs use {@code k = 0.4, e = 0.65}). Below
 * {@code minPositions} the trainer does not train at all ({@link #ready(long)} is false).
 *
 * @param minPositions positions needed before training starts, and the smallest window (>= 1)
 * @param expandPerPosition initial growth of the window per new position, in (0, 1]
 * @param taperExponent the power law's exponent, in (0, 1]; 1 means linear growth forever
 * @param taperScale the scale {@code s} at which the power law bends (>= 1); by convention
 *     {@code minPositions}
 * @param maxPositions hard cap on the window (>= minPositions), bounds the trainer's memory
 */
public record WindowSizing(
    long minPositions,
    double expandPerPosition,
    double taperExponent,
    long taperScale,
    long maxPositions) {

  /**
   * Defaults for 9x9 on a small lab's hardware: training starts after 20,000 positions (about
   * 1,000 games when only full-search moves become positions), the window grows by 0.4 per new
   * position tapering with exponent 0.65, capped at 1,000,000 positions. With these, 100,000
   * positions seen gives a window of 42,727; 1,000,000 gives 164,189; 10,000,000 gives 706,740.
   */
  public static final WindowSizing DEFAULT = new WindowSizing(20_000, 0.4, 0.65, 20_000, 1_000_000);

  /** A fixed window of exactly {@code positions} positions once that many have been seen. */
  public static WindowSizing fixed(long positions) {
    return new WindowSizing(positions, 1e-9, 1.0, positions, positions);
  }

  public WindowSizing {
    if (minPositions < 1) {
      throw new IllegalArgumentException("window minPositions must be >= 1, got " + minPositions);
    }
    if (!(expandPerPosition > 0 && expandPerPosition <= 1)) {
      throw new IllegalArgumentException(
          "window expandPerPosition must be in (0, 1], got " + expandPerPosition);
    }
    if (!(taperExponent > 0 && taperExponent <= 1)) {
      throw new IllegalArgumentException(
          "window taperExponent must be in (0, 1], got " + taperExponent);
    }
    if (taperScale < 1) {
      throw new IllegalArgumentException("window taperScale must be >= 1, got " + taperScale);
    }
    if (maxPositions < minPositions) {
      throw new IllegalArgumentException(
          "window maxPositions (" + maxPositions + ") must be >= minPositions (" + minPositions + ")");
    }
  }

  /** Whether enough positions have been seen to start training. */
  public boolean ready(long positionsSeen) {
    return positionsSeen >= minPositions;
  }

  /**
   * The window size after {@code positionsSeen} positions: never more than were seen, never
   * more than {@code maxPositions}. Deterministic (pure function of its argument), which is what
   * makes the window reconstructible after a crash.
   */
  public long size(long positionsSeen) {
    if (positionsSeen < 0) {
      throw new IllegalArgumentException("positionsSeen must be >= 0, got " + positionsSeen);
    }
    if (positionsSeen <= minPositions) {
      return positionsSeen;
    }
    double x = (double) (positionsSeen - minPositions) + taperScale;
    double s = taperScale;
    double grown =
        (Math.pow(x, taperExponent) - Math.pow(s, taperExponent))
            / (taperExponent * Math.pow(s, taperExponent - 1));
    long desired = minPositions + (long) Math.floor(grown * expandPerPosition);
    return Math.min(Math.min(desired, positionsSeen), maxPositions);
  }
}
