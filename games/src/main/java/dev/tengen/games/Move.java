package dev.tengen.games;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One ply at the API edge: a colour playing a point or passing (an action index, pass being
 * {@code size * size}), or resigning.
 *
 * @param color who moves
 * @param action the action index; -1 for a resignation
 * @param resign true for a resignation
 */
public record Move(Color color, int action, boolean resign) {
  /** @throws IllegalArgumentException if action is negative for a play or not -1 for a resignation */
  public Move {
    requireNonNull(color, "color");
    if (resign && action != -1) {
      throw new IllegalArgumentException("a resignation has action -1, not " + action);
    }
    if (!resign && action < 0) {
      throw new IllegalArgumentException("action " + action + " is negative");
    }
  }

  /** A move at a point or pass, by action index. */
  public static Move play(Color color, int action) {
    return new Move(color, action, false);
  }

  /** A pass on a board of this size. */
  public static Move pass(Color color, int size) {
    return new Move(color, Actions.pass(size), false);
  }

  /** A resignation by color. */
  public static Move resign(Color color) {
    return new Move(color, -1, true);
  }

  /** True if this is a pass on a board of this size. */
  public boolean isPass(int size) {
    return !resign && action == size * size;
  }

  /** The GTP vertex: "D4", "pass" or "resign". */
  public String toGtp(int size) {
    return resign ? "resign" : Actions.toGtp(action, size);
  }

  /**
   * Parses a GTP vertex ("D4", "pass", "resign"; any case) played by color.
   *
   * @throws IllegalArgumentException naming the text and the size if it is not a vertex
   */
  public static Move parseGtp(Color color, String vertex, int size) {
    if (vertex != null && vertex.trim().toLowerCase(Locale.ROOT).equals("resign")) {
      return resign(color);
    }
    return play(color, Actions.parseGtp(vertex, size));
  }

  /**
   * Parses a GTP move as "COLOR VERTEX", e.g. "B D4", "w pass", "black resign".
   *
   * @throws IllegalArgumentException naming the text if it is not such a move
   */
  public static Move parseGtp(String text, int size) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("bad GTP move '" + text + "': expected 'COLOR VERTEX'");
    }
    return parseGtp(Color.parse(parts[0]), parts[1], size);
  }

  /** "B D4", "W pass", "B resign". */
  public String toString(int size) {
    return color.sgfLetter() + " " + toGtp(size);
  }
}
