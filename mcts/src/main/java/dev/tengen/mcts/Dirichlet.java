package dev.tengen.mcts;

import java.util.random.RandomGenerator;

/**
 * Samples from a symmetric Dirichlet distribution, as normalized Gamma variates (Marsaglia and
 * Tsang's method, with the {@code U^(1/alpha)} boost for {@code alpha < 1}).
 */
final class Dirichlet {

  private Dirichlet() {}

  /**
   * Returns {@code count} non-negative numbers summing to 1, drawn from Dirichlet(alpha, ...,
   * alpha) with randomness from {@code rng} only.
   *
   * @throws IllegalArgumentException if alpha is not positive or count is not positive
   */
  static double[] sample(RandomGenerator rng, double alpha, int count) {
    if (!(alpha > 0) || count <= 0) {
      throw new IllegalArgumentException("Dirichlet needs alpha > 0 and count > 0, got alpha "
          + alpha + ", count " + count);
    }
    double[] x = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      x[i] = gamma(rng, alpha);
      sum += x[i];
    }
    if (sum <= 0) {
      // Every variate underflowed (tiny alpha): fall back to one random corner.
      x[rng.nextInt(count)] = 1;
      return x;
    }
    for (int i = 0; i < count; i++) {
      x[i] /= sum;
    }
    return x;
  }

  /** A Gamma(alpha, 1) variate. */
  static double gamma(RandomGenerator rng, double alpha) {
    if (alpha < 1) {
      double u = rng.nextDouble();
      return gamma(rng, alpha + 1) * Math.pow(u, 1 / alpha);
    }
    double d = alpha - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = rng.nextGaussian();
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
