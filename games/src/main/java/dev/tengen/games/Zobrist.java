package dev.tengen.games;

import java.util.SplittableRandom;

/**
 * Zobrist keys, fixed for the life of the program and across runs (seeded by a constant), so a
 * hash means the same thing in every process. Indexed by padded vertex (see {@link Layout});
 * hashes of boards of different sizes are not comparable.
 */
final class Zobrist {
  private static final long SEED = 0x7E46E4_60BA5EL;

  /** Key of a stone: {@code STONE[stone * MAX_VERTICES + vertex]}, stone 1 or 2. */
  static final long[] STONE = new long[3 * Layout.MAX_VERTICES];
  /** Key of the simple-ko point at a vertex. */
  static final long[] KO = new long[Layout.MAX_VERTICES];
  /** Key xored in when White is to move. */
  static final long WHITE_TO_MOVE;

  static {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = Layout.MAX_VERTICES; i < STONE.length; i++) {
      STONE[i] = random.nextLong();
    }
    for (int i = 0; i < KO.length; i++) {
      KO[i] = random.nextLong();
    }
    WHITE_TO_MOVE = random.nextLong();
  }

  private Zobrist() {}

  static long stone(int stone, int vertex) {
    return STONE[stone * Layout.MAX_VERTICES + vertex];
  }
}
