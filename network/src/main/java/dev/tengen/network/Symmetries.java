package dev.tengen.network;

/**
 * The 8 symmetries of the square board (the dihedral group D4), applied to NHWC feature buffers
 * and to per-action arrays (policies, legal masks, ownership). Pass is never moved.
 *
 * <p>Symmetry {@code s} in [0, 8) maps point (x, y) by: transpose if bit 2 is set (swap x and
 * y), then mirror x if bit 0 is set ({@code x → size-1-x}), then mirror y if bit 1 is set. 0 is
 * the identity. "Transforming" an array by {@code s} moves the value at point p to point
 * {@code image(s, p)}; a policy computed on a transformed position is brought back with
 * {@link #untransformActions}.
 *
 * <p>Tables for every supported board size are built once at class load (about 180 KB); every
 * method here is allocation-free and thread-safe.
 */
public final class Symmetries {

  /** Number of symmetries of the square. */
  public static final int COUNT = 8;

  public static final int IDENTITY = 0;

  /** TABLES[size][s][p] = image of point p under symmetry s. */
  private static final int[][][] TABLES = new int[NetworkConfig.MAX_BOARD_SIZE + 1][][];

  private static final int[] INVERSE = new int[COUNT];

  static {
    for (int size = NetworkConfig.MIN_BOARD_SIZE; size <= NetworkConfig.MAX_BOARD_SIZE; size++) {
      int[][] table = new int[COUNT][size * size];
      for (int s = 0; s < COUNT; s++) {
        for (int y = 0; y < size; y++) {
          for (int x = 0; x < size; x++) {
            int tx = x;
            int ty = y;
            if ((s & 4) != 0) {
              tx = y;
              ty = x;
            }
            if ((s & 1) != 0) {
              tx = size - 1 - tx;
            }
            if ((s & 2) != 0) {
              ty = size - 1 - ty;
            }
            table[s][y * size + x] = ty * size + tx;
          }
        }
      }
      TABLES[size] = table;
    }
    int[][] probe = TABLES[3];
    for (int s = 0; s < COUNT; s++) {
      for (int t = 0; t < COUNT; t++) {
        boolean inverse = true;
        for (int p = 0; p < 9 && inverse; p++) {
          inverse = probe[t][probe[s][p]] == p;
        }
        if (inverse) {
          INVERSE[s] = t;
        }
      }
    }
  }

  private Symmetries() {}

  /** The symmetry that undoes {@code symmetry}. */
  public static int inverse(int symmetry) {
    return INVERSE[checkSymmetry(symmetry)];
  }

  /** Where point action {@code point} goes under {@code symmetry}; pass ({@code size²}) stays. */
  public static int image(int size, int symmetry, int point) {
    int points = size * size;
    if (point == points) {
      return point;
    }
    if (point < 0 || point > points) {
      throw new IllegalArgumentException("action " + point + " outside [0, " + points + "]");
    }
    return table(size, symmetry)[point];
  }

  /**
   * The point map of a symmetry for a board size: {@code map[p]} is the image of point p. Shared
   * and read-only by contract (never write to it).
   */
  static int[] table(int size, int symmetry) {
    if (size < NetworkConfig.MIN_BOARD_SIZE || size > NetworkConfig.MAX_BOARD_SIZE) {
      throw new IllegalArgumentException("board size " + size + " not supported");
    }
    return TABLES[size][checkSymmetry(symmetry)];
  }

  /**
   * Writes into {@code dst} the NHWC feature planes of one position transformed by
   * {@code symmetry}: the {@code planes} values of point p move to point {@code image(p)}.
   * {@code src} and {@code dst} regions must not overlap.
   */
  public static void transformFeatures(float[] src, int srcOffset, float[] dst, int dstOffset,
      int size, int planes, int symmetry) {
    int[] map = table(size, symmetry);
    for (int p = 0; p < map.length; p++) {
      System.arraycopy(src, srcOffset + p * planes, dst, dstOffset + map[p] * planes, planes);
    }
  }

  /**
   * Writes into {@code dst[dstOffset ..]} the per-action array {@code src[srcOffset ..]}
   * ({@code size² + 1} values, pass last) transformed by {@code symmetry}: the value of point p
   * goes to {@code image(p)}, pass stays. Regions must not overlap.
   */
  public static void transformActions(float[] src, int srcOffset, float[] dst, int dstOffset,
      int size, int symmetry) {
    int[] map = table(size, symmetry);
    for (int p = 0; p < map.length; p++) {
      dst[dstOffset + map[p]] = src[srcOffset + p];
    }
    dst[dstOffset + map.length] = src[srcOffset + map.length];
  }

  /**
   * Undoes {@link #transformActions}: given an array over the actions of a position transformed
   * by {@code symmetry} (such as the policy the network gave for it), writes the array over the
   * original position's actions ({@code dst[p] = src[image(p)]}, pass copied).
   */
  public static void untransformActions(float[] src, int srcOffset, float[] dst, int dstOffset,
      int size, int symmetry) {
    int[] map = table(size, symmetry);
    for (int p = 0; p < map.length; p++) {
      dst[dstOffset + p] = src[srcOffset + map[p]];
    }
    dst[dstOffset + map.length] = src[srcOffset + map.length];
  }

  /** Like {@link #transformActions} for per-point arrays ({@code size²} values, no pass). */
  public static void transformPoints(float[] src, int srcOffset, float[] dst, int dstOffset,
      int size, int symmetry) {
    int[] map = table(size, symmetry);
    for (int p = 0; p < map.length; p++) {
      dst[dstOffset + map[p]] = src[srcOffset + p];
    }
  }

  /** Like {@link #untransformActions} for per-point arrays ({@code size²} values, no pass). */
  public static void untransformPoints(float[] src, int srcOffset, float[] dst, int dstOffset,
      int size, int symmetry) {
    int[] map = table(size, symmetry);
    for (int p = 0; p < map.length; p++) {
      dst[dstOffset + p] = src[srcOffset + map[p]];
    }
  }

  private static int checkSymmetry(int symmetry) {
    if (symmetry < 0 || symmetry >= COUNT) {
      throw new IllegalArgumentException("symmetry " + symmetry + " outside [0, " + COUNT + ")");
    }
    return symmetry;
  }
}
