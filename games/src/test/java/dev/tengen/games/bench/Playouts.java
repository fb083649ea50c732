package dev.tengen.games.bench;

import dev.tengen.games.Board;
import dev.tengen.games.Stone;
import dev.tengen.games.playout.XorShiftRandom;

/**
 * Random playouts on {@link Board}: each side plays a uniformly random move among the empty
 * points that are legal under simple ko with suicide forbidden and do not fill its own eye
 * ({@link Board#isEyeOf}), and passes when there is none; two passes in a row, or 3 * size^2
 * moves, end the playout. Uniform by rejection sampling with swap-to-end among the empty points
 * ({@link Board#swapEmpty}). Undo is not recorded: the board is reset from a template by
 * {@link Board#copyFrom} before each playout.
 *
 * <p>The reference for {@link dev.tengen.games.playout.RandomPlayout}, which plays the same
 * policy on the pseudo-liberty board: the playout tests call {@link #choose} in lock step with
 * it. Public for those tests only.
 */
public final class Playouts {
  private final Board template;
  private final Board board;
  private final int maxMoves;

  /** Playouts on an empty board of this size. */
  public Playouts(int size) {
    template = new Board(size);
    template.setRecordUndo(false);
    board = new Board(size);
    board.setRecordUndo(false);
    maxMoves = 3 * size * size;
  }

  /** Plays one playout from the empty board; returns Black's area minus White's. */
  public int playout(XorShiftRandom random) {
    Board b = board;
    b.copyFrom(template);
    int c = Stone.BLACK;
    int passes = 0;
    for (int moves = 0; passes < 2 && moves < maxMoves; moves++) {
      int v = choose(b, c, random);
      if (v < 0) {
        b.pass();
        passes++;
      } else {
        b.play(v, c);
        passes = 0;
      }
      c = 3 - c;
    }
    return b.areaDifference();
  }

  /** The board after the last playout. */
  public Board board() {
    return board;
  }

  /**
   * Uniform among the acceptable empty points, by rejection with swap-to-end: draw among the
   * first n entries of the board's empty list; a rejected point is swapped to position n - 1
   * and n shrinks, so every point is examined at most once and each draw is uniform over the
   * points not yet rejected. Returns -1 (pass) when none is acceptable.
   */
  public static int choose(Board b, int c, XorShiftRandom random) {
    for (int n = b.emptyCount(); n > 0; n--) {
      int i = random.nextInt(n);
      int v = b.emptyVertex(i);
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
  private static boolean acceptable(Board b, int v, int c) {
    int w = b.stride();
    if (b.stone(v - 1) * b.stone(v + 1) * b.stone(v - w) * b.stone(v + w) == 0) {
      return true;
    }
    return !b.isEyeOf(v, c) && b.isLegal(v, c);
  }
}
