package dev.tengen.cli.engine;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Stone;

/**
 * The board as text, top row first, with column letters and row numbers on every side: {@code X}
 * Black, {@code O} White, {@code .} empty, {@code +} star points; the last move is framed in
 * parentheses, {@code (X)}. With ANSI on, stones and the last move are coloured. Used by GTP
 * {@code showboard} (never coloured) and the terminal game.
 */
public final class BoardText {
  private static final String COLUMNS = "ABCDEFGHJKLMNOPQRSTUVWXYZ";
  private static final String RESET = "\u001b[0m";
  private static final String BLACK_STYLE = "\u001b[1;36m";
  private static final String WHITE_STYLE = "\u001b[1;33m";
  private static final String DIM = "\u001b[2m";
  private static final String MARK = "\u001b[1;32m";

  private BoardText() {}

  /**
   * Renders the session's position.
   *
   * @param lastMove the action to frame, or -1 (a pass frames nothing)
   * @param ansi whether to add ANSI colour codes
   */
  public static String render(GoSession session, int lastMove, boolean ansi) {
    Game game = session.game();
    int size = session.size();
    StringBuilder out = new StringBuilder();
    String letters = columnLine(size, ansi);
    out.append(letters);
    for (int y = size - 1; y >= 0; y--) {
      String row = String.format("%2d", y + 1);
      out.append(ansi ? DIM + row + RESET : row);
      for (int x = 0; x < size; x++) {
        int action = Actions.of(x, y, size);
        boolean marked = action == lastMove;
        boolean previousMarked = x > 0 && Actions.of(x - 1, y, size) == lastMove;
        out.append(marked ? (ansi ? MARK + "(" + RESET : "(") : previousMarked ? (ansi ? MARK + ")" + RESET : ")") : " ");
        out.append(point(game.stoneAt(action), isStar(x, y, size), ansi));
      }
      boolean lastMarked = Actions.of(size - 1, y, size) == lastMove;
      out.append(lastMarked ? (ansi ? MARK + ")" + RESET : ")") : " ");
      out.append(ansi ? DIM + (y + 1) + RESET : Integer.toString(y + 1)).append('\n');
    }
    out.append(letters);
    return out.toString();
  }

  /** "Black (X) captured 3, White (O) captured 1". */
  public static String captures(GoSession session) {
    return "Black (X) has captured " + session.captures(Color.BLACK)
        + ", White (O) has captured " + session.captures(Color.WHITE);
  }

  private static String columnLine(int size, boolean ansi) {
    StringBuilder line = new StringBuilder("  ");
    for (int x = 0; x < size; x++) {
      line.append(' ').append(COLUMNS.charAt(x));
    }
    return (ansi ? DIM + line + RESET : line.toString()) + "\n";
  }

  private static String point(int stone, boolean star, boolean ansi) {
    if (stone == Stone.BLACK) {
      return ansi ? BLACK_STYLE + "X" + RESET : "X";
    }
    if (stone == Stone.WHITE) {
      return ansi ? WHITE_STYLE + "O" + RESET : "O";
    }
    return star ? "+" : ".";
  }

  /** Star points: the handicap points of the board (corners, sides, centre). */
  static boolean isStar(int x, int y, int size) {
    if (size < 7) {
      return false;
    }
    int low = size >= 13 ? 3 : 2;
    int high = size - 1 - low;
    int mid = size / 2;
    boolean odd = size % 2 == 1;
    boolean xs = x == low || x == high || (odd && size >= 9 && x == mid);
    boolean ys = y == low || y == high || (odd && size >= 9 && y == mid);
    if (!xs || !ys) {
      return false;
    }
    if (size < 13 && (x == mid || y == mid) && !(x == mid && y == mid)) {
      return false;
    }
    return true;
  }
}
