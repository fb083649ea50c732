package dev.tengen.evaluator.gtp;

/** Something went wrong talking to a GTP engine. Subclasses say what. */
public abstract class GtpException extends Exception {

  private static final long serialVersionUID = 1L;

  GtpException(String message) {
    super(message);
  }
}
