package dev.tengen.evaluator.gtp;

/**
 * The engine answered the command with a failure ({@code ? message}). The engine is alive and in
 * step; {@link #getMessage()} is its message.
 */
public final class GtpFailureException extends GtpException {

  private static final long serialVersionUID = 1L;

  private final String command;

  GtpFailureException(String command, String message) {
    super(message);
    this.command = command;
  }

  /** The command that failed. */
  public String command() {
    return command;
  }
}
