package dev.tengen.cli;

/** Process exit codes of the {@code tengen} launcher. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** The command ran and failed (I/O error, corrupt checkpoint, ...). */
  public static final int FAILURE = 1;
  /** Bad command line or configuration (unknown flag or key, value out of range). */
  public static final int USAGE = 2;
  /** The command exists but its stage is not available in this build yet. */
  public static final int UNAVAILABLE = 3;

  private ExitCodes() {}
}
