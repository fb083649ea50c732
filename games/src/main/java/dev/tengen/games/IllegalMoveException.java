package dev.tengen.games;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a move breaks the rules. The game that threw it is unchanged.
 */
public final class IllegalMoveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final IllegalReason reason;

  /** An exception whose message names the move and says why it is illegal. */
  public IllegalMoveException(IllegalReason reason, String message) {
    super(message);
    this.reason = requireNonNull(reason, "reason");
  }

  /** Why the move is illegal. */
  public IllegalReason reason() {
    return reason;
  }
}
