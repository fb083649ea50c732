package dev.tengen.games.bench;

import dev.tengen.games.Board;
import dev.tengen.games.Stone;

/**
 * Random playouts on {@link Board}: each side plays a uniformly random move among the empty
 * points that are legal under simple ko with suicide forbidden and do not fill its own eye
 * ({@link Board#isEyeOf}), and passes when there is none; two passes in a row, or 3 * size^2
 * moves, end the playout. Uniform by rejection sampling (up to 8 random draws among the empty
 * points), then by enumerating what is left. Undo is not recorded: the board is reset from a
 * template by {@link Board#copyFrom} before each playout.
 */
final class Playouts {
  private final Board template;
  private final Board board;
  private final int[] candidates;
  private final int maxMoves;

  Playouts(int size) {
    template = new Board(size);
    template.setRecordUndo(false);
    board = new Board(size);
    board.setRecordUndo(false);
    candidates = new int[size * size];
    maxMoves = 3 * size * size;
  }

  /** Plays one playout from the empty board; returns Black's area minus White's. */
  int playout(XorShiftRandom random) {
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
    return b.area(Stone.BLACK) - b.area(Stone.WHITE);
  }

  /** The board after the last playout. */
  Board board() {
    return board;
  }

  private int choose(Board b, int c, XorShiftRandom random) {
    int n = b.emptyCount();
    if (n == 0) {
      return -1;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int v = b.emptyVertex(random.nextInt(n));
      if (acceptable(b, v, c)) {
        return v;
      }
    }
    int m = 0;
    int[] cand = candidates;
    for (int i = 0; i < n; i++) {
      int v = b.emptyVertex(i);
      if (acceptable(b, v, c)) {
        cand[m++] = v;
      }
    }
    return m == 0 ? -1 : cand[random.nextInt(m)];
  }

  /**
   * Not c's eye and legal for c. A point with an empty neighbour is both (it is no eye, the
   * move has a liberty, and it cannot be the ko point, whose neighbours are all stones), which
   * settles most draws with four loads.
   */
  private static boolean acceptable(Board b, int v, int c) {
    int w = b.stride();
    if (b.stone(v - 1) == Stone.EMPTY || b.stone(v + 1) == Stone.EMPTY
        || b.stone(v - w) == Stone.EMPTY || b.stone(v + w) == Stone.EMPTY) {
      return true;
    }
    return !b.isEyeOf(v, c) && b.isLegal(v, c);
  }
}
