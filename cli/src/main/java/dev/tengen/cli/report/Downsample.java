package dev.tengen.cli.report;

/**
 * Reduces a long series to at most a given number of points by averaging consecutive buckets of
 * equal length (x and y alike), so a million training steps draw as a readable, smoothed curve.
 */
final class Downsample {
  private Downsample() {}

  /**
   * Bucket means of {@code xs}/{@code ys}; the arrays themselves when they already fit. NaN values
   * of y are left out of their bucket's mean (a bucket of NaN only gives NaN).
   *
   * @return {xs', ys'} of equal length, at most {@code maxPoints}
   * @throws IllegalArgumentException if the lengths differ or {@code maxPoints < 1}
   */
  static double[][] means(double[] xs, double[] ys, int maxPoints) {
    if (xs.length != ys.length || maxPoints < 1) {
      throw new IllegalArgumentException(
          "downsample: " + xs.length + " x vs " + ys.length + " y, max " + maxPoints);
    }
    int n = xs.length;
    if (n <= maxPoints) {
      return new double[][] {xs.clone(), ys.clone()};
    }
    int buckets = maxPoints;
    double[] ox = new double[buckets];
    double[] oy = new double[buckets];
    for (int b = 0; b < buckets; b++) {
      int from = (int) ((long) b * n / buckets);
      int to = (int) ((long) (b + 1) * n / buckets);
      double sx = 0;
      double sy = 0;
      int count = 0;
      for (int i = from; i < to; i++) {
        sx += xs[i];
        if (!Double.isNaN(ys[i])) {
          sy += ys[i];
          count++;
        }
      }
      ox[b] = sx / (to - from);
      oy[b] = count == 0 ? Double.NaN : sy / count;
    }
    return new double[][] {ox, oy};
  }
}
