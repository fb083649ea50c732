package dev.tengen.games.playout;

import dev.tengen.games.Stone;

/**
 * Random playouts on a {@link PlayoutBoard}: each side plays a uniformly random move among the
 * empty points that are legal under simple ko with suicide forbidden and do not fill its own
 * eye ({@link PlayoutBoard#isEyeOf}), and passes when there is none; two passes in a row, or
 * 3 * size^2 moves, end the playout, which returns the Tromp-Taylor area difference.
 *
 * <p>The policy is exactly that of the benchmark's playouts on {@code dev.tengen.games.Board}
 * (games/README.md, "Benchmark"): the same draws from the same {@link XorShiftRandom} in the
 * same order over an empty list kept in the same order, so the same seed gives the same moves
 * on both boards (the tests play them in lock step). Uniformity: rejection sampling with
 * swap-to-end — draw among the first n entries of the empty list; a rejected point is swapped
 * to position n - 1 and n shrinks, so each draw is uniform over the points not yet rejected,
 * each point is tested at most once, and n = 0 means pass. Not thread-safe: one per thread.
 */
public final class RandomPlayout {
  private final PlayoutBoard board;
  private final int maxMoves;
  private int lastMoves;

  /** Playouts on an empty board of this size. @throws IllegalArgumentException outside 2..25 */
  public RandomPlayout(int size) {
    board = new PlayoutBoard(size);
    maxMoves = 3 * size * size;
  }

  /**
   * Plays one playout from the empty board, Black first; returns Black's area minus White's
   * (Tromp-Taylor, no komi). Allocates nothing.
   */
  public int playout(XorShiftRandom random) {
    PlayoutBoard b = board;
    b.reset();
    int c = Stone.BLACK;
    int passes = 0;
    int moves = 0;
    for (; passes < 2 && moves < maxMoves; moves++) {
      int v = choose(b, c, random);
      if (v < 0) {
        b.pass();
        passes++;
      } else {
        b.playLegal(v, c);
        passes = 0;
      }
      c = 3 - c;
    }
    lastMoves = moves;
    return b.areaDifference();
  }

  /**
   * The plays and passes of the last playout: below {@code 3 * size^2} exactly when it ended by
   * two passes (Black made the even-numbered ones, counting from 0).
   */
  public int lastMoves() {
    return lastMoves;
  }

  /** The board, as the last playout left it. */
  public PlayoutBoard board() {
    return board;
  }

  /**
   * The policy's move for stone c: uniform among the acceptable empty points (not c's eye and
   * legal for c), by rejection with swap-to-end over the board's empty list, or -1 (pass) when
   * none is acceptable. Changes the order of the empty list and nothing else.
   */
  public static int choose(PlayoutBoard b, int c, XorShiftRandom random) {
    int[] list = b.emptyList;
    for (int n = b.emptyCount; n > 0; n--) {
      int i = random.nextInt(n);
      int v = list[i];
      if (acceptable(b, v, c)) {
        return v;
      }
      b.swapEmpty(i, n - 1);
    }
    return -1;
  }

  /**
   * Not c's eye and legal for c. A point with an empty neighbour is both (it is no eye, the
   * move has a liberty, and it cannot be the ko point, whose neighbours are all stones): with
   * EMPTY = 0 the product of the four neighbours is 0 exactly then, one branch for most draws.
   */
  private static boolean acceptable(PlayoutBoard b, int v, int c) {
    int[] col = b.colour;
    int w = b.stride();
    int c0 = col[v - 1];
    int c1 = col[v + 1];
    int c2 = col[v - w];
    int c3 = col[v + w];
    if (((c0 - 1) | (c1 - 1) | (c2 - 1) | (c3 - 1)) < 0) {
      return true; // an empty neighbour: cn - 1 is negative exactly for EMPTY = 0
    }
    return b.acceptsSurrounded(v, c, c0, c1, c2, c3);
  }
}
