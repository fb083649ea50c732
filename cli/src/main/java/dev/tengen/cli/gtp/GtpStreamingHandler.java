package dev.tengen.cli.gtp;

/**
 * A command whose response is a stream of lines that goes on until the controller sends the
 * next command ({@code lz-analyze}, {@code kata-analyze}).
 */
@FunctionalInterface
public interface GtpStreamingHandler {
  /**
   * Validates the arguments (throwing {@link GtpFailure} before any output), then writes lines
   * to {@code out} until {@link GtpStream#interrupted()} turns true. The server writes the
   * {@code =id} header before the first line and the terminating empty line afterwards.
   */
  void stream(GtpRequest request, GtpStream out) throws GtpFailure;
}
