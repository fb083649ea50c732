package dev.tengen.selfplay.record;

/**
 * An excerpt whose bytes cannot be decoded: wrong magic, an unknown format version, or a
 * truncated or inconsistent payload. The message names the queue index (or "bytes" when decoding
 * outside a queue) and what was wrong.
 */
public class CorruptRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptRecordException(String message) {
    super(message);
  }

  public CorruptRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
