package dev.tengen.evaluator.gtp;

/**
 * The engine did not answer within the command's time limit. The client has killed the process
 * (its answer stream could no longer be trusted); start a new one.
 */
public final class GtpTimeoutException extends GtpException {

  private static final long serialVersionUID = 1L;

  GtpTimeoutException(String message) {
    super(message);
  }
}
