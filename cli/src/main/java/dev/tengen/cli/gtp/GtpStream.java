package dev.tengen.cli.gtp;

/** What a {@link GtpStreamingHandler} writes to; owned by the server. */
public interface GtpStream {
  /** Starts the success response ({@code =id}) if not yet started; idempotent. */
  void begin();

  /** Writes one response line (begins the response first); a blank line is not written. */
  void line(String text);

  /** True once the controller has sent another line (or closed its input): stop streaming. */
  boolean interrupted();

  /**
   * Waits up to {@code millis} for the controller's next line.
   *
   * @return {@link #interrupted()} after the wait
   */
  boolean awaitInterrupt(long millis) throws InterruptedException;
}
