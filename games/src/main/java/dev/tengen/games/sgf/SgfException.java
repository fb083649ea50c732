package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

/**
 * A malformed SGF input, or an SGF record that Tengen's rules cannot replay.
 *
 * <p>The message says what is wrong and, when the culprit comes from a file, where: "SZ[9:13]:
 * non-square boards are not supported at line 1, column 12 (byte 11)". {@link #position()} gives
 * the same place as data ({@link SgfPosition#NONE} for records built in memory).
 *
 * <p>It is an {@link IllegalArgumentException}: the input handed to the reader is bad. I/O
 * failures are reported separately as {@link java.io.IOException}.
 */
public final class SgfException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient SgfPosition position;
  private final String problem;

  /**
   * @param problem what is wrong, without the position
   * @param position where, or {@link SgfPosition#NONE}
   */
  public SgfException(String problem, SgfPosition position) {
    this(problem, position, null);
  }

  /** As {@link #SgfException(String, SgfPosition)}, keeping the exception that revealed it. */
  public SgfException(String problem, SgfPosition position, Throwable cause) {
    super(position.isKnown() ? problem + " at " + position : problem, cause);
    this.problem = requireNonNull(problem, "problem");
    this.position = requireNonNull(position, "position");
  }

  /** Where the problem is; {@link SgfPosition#NONE} when not from a file. */
  public SgfPosition position() {
    return position;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
