package dev.tengen.evaluator.gtp;

/**
 * The engine process is gone: it exited, closed its output, could not be written to, or could not
 * be started. The client is dead after this; start a new one.
 */
public final class GtpCrashException extends GtpException {

  private static final long serialVersionUID = 1L;

  GtpCrashException(String message) {
    super(message);
  }
}
