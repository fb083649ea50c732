package dev.tengen.trainer;

/**
 * A games-queue record the trainer cannot train on: it does not decode (corrupt bytes, an unknown
 * format version) or its contents are unusable (another board size, an illegal move). The
 * message names the queue index.
 */
public final class UnusableRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long queueIndex;

  public UnusableRecordException(long queueIndex, String problem) {
    super(describe(queueIndex, problem));
    this.queueIndex = queueIndex;
  }

  public UnusableRecordException(long queueIndex, String problem, Throwable cause) {
    super(describe(queueIndex, problem), cause);
    this.queueIndex = queueIndex;
  }

  private static String describe(long queueIndex, String problem) {
    return "games-queue record at index " + Long.toHexString(queueIndex) + "h (" + queueIndex
        + ") is unusable: " + problem;
  }

  /** The games-queue index of the record. */
  public long queueIndex() {
    return queueIndex;
  }
}
