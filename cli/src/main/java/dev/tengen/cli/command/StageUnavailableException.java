package dev.tengen.cli.command;

/**
 * A subcommand whose stage is not available in this build. The launcher prints the message and
 * exits with {@link dev.tengen.cli.ExitCodes#UNAVAILABLE}: it never pretends to run.
 */
public final class StageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is missing, e.g. "report: drawing charts is not available in this build yet" */
  public StageUnavailableException(String message) {
    super(message);
  }
}
