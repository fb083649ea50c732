package dev.tengen.games.sgf;

import dev.tengen.games.Actions;

/**
 * SGF points to Tengen actions and back: the one place that flips the vertical axis.
 *
 * <p>An SGF point is two letters, column then row, {@code a} = 0, counted from the TOP-left corner:
 * on 19x19 {@code aa} is the top-left corner (GTP A19) and {@code as} the bottom-left (GTP A1).
 * Tengen's action {@code y * size + x} counts rows from the BOTTOM. So SGF column {@code c} and row
 * {@code r} are action {@code (size - 1 - r) * size + c}.
 *
 * <p>Pass: FF[4] writes {@code []}; FF[3] wrote {@code [tt]}, which FF[4] still reads as a pass on
 * boards up to 19x19 (on larger boards {@code tt} is a real point). Tengen writes {@code []}.
 */
public final class SgfPoints {
  private SgfPoints() {}

  /** The two-letter SGF point of a board action; {@code ""} for the pass action. */
  public static String format(int action, int size) {
    Actions.check(action, size);
    if (action == Actions.pass(size)) {
      return "";
    }
    int x = Actions.x(action, size);
    int row = size - 1 - Actions.y(action, size);
    return new String(new char[] {(char) ('a' + x), (char) ('a' + row)});
  }

  /**
   * The action of an SGF move value: a point, or a pass ({@code ""}, or {@code "tt"} on boards up
   * to 19x19). Surrounding white space is ignored.
   *
   * @throws IllegalArgumentException naming the value if it is not two letters, or if the point is
   *     outside the board
   */
  public static int parseMove(String value, int size) {
    String v = value.trim();
    if (v.isEmpty() || (size <= 19 && v.equals("tt"))) {
      return Actions.pass(size);
    }
    return parsePoint(v, size);
  }

  /**
   * The action of an SGF point on the board (never a pass).
   *
   * @throws IllegalArgumentException naming the value if it is not two letters, or if the point is
   *     outside the board
   */
  public static int parsePoint(String value, int size) {
    String v = value.trim();
    if (v.length() != 2 || !isLetter(v.charAt(0)) || !isLetter(v.charAt(1))) {
      throw new IllegalArgumentException("bad point '" + value + "': expected two letters such as 'dd'");
    }
    int x = coordinate(v.charAt(0));
    int row = coordinate(v.charAt(1));
    if (x >= size || row >= size) {
      throw new IllegalArgumentException(
          "point '" + v + "' is outside the " + size + "x" + size + " board (letters a.."
              + (char) ('a' + size - 1) + ")");
    }
    return Actions.of(x, size - 1 - row, size);
  }

  /** SGF coordinates: a..z = 0..25, A..Z = 26..51. */
  private static int coordinate(char c) {
    return c >= 'a' ? c - 'a' : 26 + c - 'A';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
