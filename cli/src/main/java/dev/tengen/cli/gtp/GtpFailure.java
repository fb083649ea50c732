package dev.tengen.cli.gtp;

/**
 * A command that cannot be carried out: the engine answers {@code ?id message} and carries on.
 * The message is what the controller sees, so it names what was wrong ("illegal move",
 * "invalid color: x", "board size 40 is outside 2..25").
 */
public final class GtpFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message the failure text sent after {@code ?}; one line, no trailing newline */
  public GtpFailure(String message) {
    super(message);
  }
}
