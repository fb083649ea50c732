package dev.tengen.games.bench;

/** A seeded xorshift64* generator: cheap enough not to dominate a playout. Not thread-safe. */
final class XorShiftRandom {
  private long state;

  XorShiftRandom(long seed) {
    state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
  }

  /** Uniform in [0, bound), bound &gt; 0 (Lemire's multiply-shift, bias below 2^-32). */
  int nextInt(int bound) {
    long x = state;
    x ^= x >>> 12;
    x ^= x << 25;
    x ^= x >>> 27;
    state = x;
    long r = (x * 0x2545F4914F6CDD1DL) >>> 32;
    return (int) ((r * bound) >>> 32);
  }
}
