package dev.tengen.cli.gtp;

/** One GTP command's implementation: arguments in, response text out. */
@FunctionalInterface
public interface GtpHandler {
  /**
   * Carries out the command.
   *
   * @return the response text (may be empty or span several lines; the server removes empty
   *     lines so the response cannot end early)
   * @throws GtpFailure when the command cannot be carried out; the state must be unchanged
   */
  String handle(GtpRequest request) throws GtpFailure;
}
