package dev.tengen.games;

import java.util.Locale;

/**
 * The action index shared by search, network and records. On a board of size N, the point at
 * column x (0 = left, GTP 'A') and row y (0 = bottom, GTP row 1) is action {@code y * N + x};
 * pass is action {@code N * N}; there are {@code N * N + 1} actions.
 *
 * <p>GTP vertices name columns A to Z without I (so up to 25 columns) and rows from 1 at the
 * bottom.
 */
public final class Actions {
  /** The smallest supported board size. */
  public static final int MIN_SIZE = 2;
  /** The largest supported board size (GTP has 25 column letters). */
  public static final int MAX_SIZE = 25;

  private static final String COLUMNS = "ABCDEFGHJKLMNOPQRSTUVWXYZ";

  private Actions() {}

  /**
   * Checks a board size.
   *
   * @return size
   * @throws IllegalArgumentException if size is outside [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
   */
  public static int checkSize(int size) {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "board size " + size + " is outside [" + MIN_SIZE + ", " + MAX_SIZE + "]");
    }
    return size;
  }

  /** The pass action, {@code size * size}. */
  public static int pass(int size) {
    return size * size;
  }

  /** The number of actions, {@code size * size + 1}. */
  public static int count(int size) {
    return size * size + 1;
  }

  /**
   * The action of the point at column x, row y.
   *
   * @throws IllegalArgumentException if the point is off the board
   */
  public static int of(int x, int y, int size) {
    if (x < 0 || x >= size || y < 0 || y >= size) {
      throw new IllegalArgumentException(
          "point (" + x + ", " + y + ") is off a " + size + "x" + size + " board");
    }
    return y * size + x;
  }

  /** The column of a point action (0 = left). */
  public static int x(int action, int size) {
    return action % size;
  }

  /** The row of a point action (0 = bottom). */
  public static int y(int action, int size) {
    return action / size;
  }

  /** True if action is a point or pass on a board of this size. */
  public static boolean isValid(int action, int size) {
    return action >= 0 && action <= size * size;
  }

  /**
   * Checks an action index.
   *
   * @return action
   * @throws IllegalArgumentException naming the action and the size if it is out of range
   */
  public static int check(int action, int size) {
    if (!isValid(action, size)) {
      throw new IllegalArgumentException(
          "action " + action + " is outside [0, " + size * size + "] for a " + size + "x" + size
              + " board");
    }
    return action;
  }

  /**
   * The GTP vertex of an action: "D4", or "pass" for the pass action.
   *
   * @throws IllegalArgumentException if the action is out of range for the size
   */
  public static String toGtp(int action, int size) {
    check(action, size);
    if (action == size * size) {
      return "pass";
    }
    return COLUMNS.charAt(action % size) + Integer.toString(action / size + 1);
  }

  /**
   * Parses a GTP vertex ("D4", "d4", "pass", "PASS") into an action.
   *
   * @throws IllegalArgumentException naming the text and the size if it is not a vertex of this
   *     board
   */
  public static int parseGtp(String text, int size) {
    checkSize(size);
    if (text == null) {
      throw new IllegalArgumentException("vertex is null");
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.equals("PASS")) {
      return size * size;
    }
    if (t.length() < 2 || t.length() > 3) {
      throw badVertex(text, size, "expected a column letter and a row number, or pass");
    }
    int x = COLUMNS.indexOf(t.charAt(0));
    if (x < 0) {
      throw badVertex(text, size, "column must be a letter A-Z without I");
    }
    int y = 0;
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        throw badVertex(text, size, "row must be a number");
      }
      y = y * 10 + (c - '0');
    }
    if (x >= size || y < 1 || y > size) {
      throw badVertex(text, size, "off the board");
    }
    return (y - 1) * size + x;
  }

  private static IllegalArgumentException badVertex(String text, int size, String why) {
    return new IllegalArgumentException(
        "bad GTP vertex '" + text + "' for a " + size + "x" + size + " board: " + why);
  }
}
