package dev.tengen.selfplay.record;

/**
 * An excerpt whose bytes cannot be decoded: wrong magic, an unknown format version, or a
 * truncated or inconsistent payload. Carries the queue index of the excerpt ({@link #index()}),
 * and the message names it, in hex and in decimal (the form {@code tengen export --from} takes):
 * {@code "game record at queue index 0x4a0000000002 (81363860455426): bad magic 0x201"}. Outside a
 * queue (decoding a byte array) the index is {@code -1} and the message says only what it was.
 */
public class CorruptRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long index;
  private final String problem;

  /**
   * @param what what was being decoded, e.g. {@code "game record"}
   * @param index the queue index of the excerpt, or -1 outside a queue
   * @param problem what is wrong with it
   */
  public CorruptRecordException(String what, long index, String problem) {
    this(what, index, problem, null);
  }

  /** As {@link #CorruptRecordException(String, long, String)}, with the error that revealed it. */
  public CorruptRecordException(String what, long index, String problem, Throwable cause) {
    super(where(what, index) + ": " + problem, cause);
    this.index = index;
    this.problem = problem;
  }

  /** {@code what} and, when {@code index >= 0}, "at queue index 0x… (…)". */
  private static String where(String what, long index) {
    return index < 0 ? what
        : what + " at queue index 0x" + Long.toHexString(index) + " (" + index + ")";
  }

  /** The queue index of the excerpt, or -1 if it was not read from a queue. */
  public long index() {
    return index;
  }

  /** What is wrong with the bytes: the message without what was decoded and where. */
  public String problem() {
    return problem;
  }
}
