package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import dev.tengen.games.Color;
import java.util.Objects;

/**
 * One move of an SGF record: who played, where, and the comment of its node.
 *
 * <p>{@code at} is where the move's value stands in the file, for error messages; it is a
 * diagnostic, not part of the value: {@link #equals} and {@link #hashCode} ignore it, so a record
 * read from a file equals the same record built in memory.
 *
 * @param color who played
 * @param action Tengen action index: {@code y * size + x} with row 0 at the bottom, or {@code size *
 *     size} for a pass (the board size is the record's)
 * @param comment the node's C text, {@code ""} when none
 * @param at where the move's value is in the file, or {@link SgfPosition#NONE}
 */
public record SgfMove(Color color, int action, String comment, SgfPosition at) {
  public SgfMove {
    requireNonNull(color, "color");
    requireNonNull(comment, "comment");
    requireNonNull(at, "at");
    if (action < 0) {
      throw new IllegalArgumentException("move action " + action + " is negative");
    }
  }

  /** A move without comment, not from a file. */
  public static SgfMove of(Color color, int action) {
    return new SgfMove(color, action, "", SgfPosition.NONE);
  }

  /** This move with another comment. */
  public SgfMove withComment(String newComment) {
    return new SgfMove(color, action, newComment, at);
  }

  /** Equal colour, action and comment; the position is ignored. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SgfMove
        && ((SgfMove) other).color == color
        && ((SgfMove) other).action == action
        && ((SgfMove) other).comment.equals(comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(color, action, comment);
  }
}
