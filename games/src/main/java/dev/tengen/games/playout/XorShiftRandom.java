package dev.tengen.games.playout;

/**
 * A seeded xorshift64* generator for random playouts: cheap enough not to dominate a playout,
 * and the same sequence for the same seed on every run and machine. Not thread-safe: one per
 * thread.
 */
public final class XorShiftRandom {
  private long state;

  /** A generator with this seed (a seed of 0, which xorshift cannot use, is replaced). */
  public XorShiftRandom(long seed) {
    state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
  }

  /**
   * Uniform in [0, bound) for bound &gt; 0 (Lemire's multiply-shift on the high 32 bits of
   * xorshift64*, bias below 2^-32). Not checked: a bound &le; 0 returns garbage.
   */
  public int nextInt(int bound) {
    long x = state;
    x ^= x >>> 12;
    x ^= x << 25;
    x ^= x >>> 27;
    state = x;
    long r = (x * 0x2545F4914F6CDD1DL) >>> 32;
    return (int) ((r * bound) >>> 32);
  }
}
