package dev.tengen.games;

/**
 * The int encoding of a point's content used inside hot loops: {@link #EMPTY}, {@link #BLACK},
 * {@link #WHITE}. {@link Color#stone()} and {@link Color#ofStone(int)} convert at the edges.
 */
public final class Stone {
  /** No stone. */
  public static final int EMPTY = 0;
  /** A black stone; equals {@code Color.BLACK.stone()}. */
  public static final int BLACK = 1;
  /** A white stone; equals {@code Color.WHITE.stone()}. */
  public static final int WHITE = 2;

  private Stone() {}

  /** The other colour's stone: BLACK for WHITE and WHITE for BLACK (undefined for EMPTY). */
  public static int opponent(int stone) {
    return 3 - stone;
  }

  /** True for BLACK and WHITE. */
  public static boolean isStone(int value) {
    return value == BLACK || value == WHITE;
  }
}
