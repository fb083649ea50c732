package dev.tengen.games;

/**
 * A point of the board: column x (0 = left, GTP 'A') and row y (0 = bottom, GTP row 1).
 *
 * @param x column, non-negative
 * @param y row, non-negative
 */
public record Point(int x, int y) {
  /** @throws IllegalArgumentException if a coordinate is negative */
  public Point {
    if (x < 0 || y < 0) {
      throw new IllegalArgumentException("point (" + x + ", " + y + ") has a negative coordinate");
    }
  }

  /**
   * The point of a point action.
   *
   * @throws IllegalArgumentException if action is not a point (pass or out of range)
   */
  public static Point ofAction(int action, int size) {
    if (action < 0 || action >= size * size) {
      throw new IllegalArgumentException(
          "action " + action + " is not a point of a " + size + "x" + size + " board");
    }
    return new Point(action % size, action / size);
  }

  /**
   * Parses a GTP vertex that names a point (not pass).
   *
   * @throws IllegalArgumentException naming the text if it is not a point of this board
   */
  public static Point parseGtp(String text, int size) {
    int action = Actions.parseGtp(text, size);
    if (action == size * size) {
      throw new IllegalArgumentException("'" + text + "' is a pass, not a point");
    }
    return ofAction(action, size);
  }

  /**
   * The action index {@code y * size + x}.
   *
   * @throws IllegalArgumentException if the point is off a board of this size
   */
  public int action(int size) {
    return Actions.of(x, y, size);
  }

  /** The GTP vertex, e.g. "D4". */
  public String toGtp(int size) {
    return Actions.toGtp(action(size), size);
  }
}
