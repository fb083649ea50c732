package dev.tengen.evaluator.match;

import java.util.Objects;

/** A player misbehaved in a way that forfeits the game; {@link #kind()} says how. */
public final class PlayerFault extends Exception {

  private static final long serialVersionUID = 1L;

  private final ForfeitKind kind;

  /**
   * @param kind what went wrong
   * @param detail a message naming the command or move
   */
  public PlayerFault(ForfeitKind kind, String detail) {
    super(detail);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** @param cause the underlying failure */
  public PlayerFault(ForfeitKind kind, String detail, Throwable cause) {
    super(detail, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** What went wrong. */
  public ForfeitKind kind() {
    return kind;
  }
}
