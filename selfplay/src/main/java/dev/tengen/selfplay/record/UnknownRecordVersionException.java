package dev.tengen.selfplay.record;

/**
 * A game record written in a format version this build cannot read (typically by a newer
 * Tengen). The message names the version, the queue index and the versions this build reads.
 */
public final class UnknownRecordVersionException extends CorruptRecordException {
  private static final long serialVersionUID = 1L;

  private final int version;
  private final long index;

  /**
   * @param version the version found (-1 if the bytes ended before it)
   * @param index the queue index of the record, or -1 outside a queue
   * @param supported the version this build reads
   */
  public UnknownRecordVersionException(int version, long index, int supported) {
    super("game record" + (index < 0 ? "" : " at queue index 0x" + Long.toHexString(index))
        + " has unknown format version " + version + "; this build reads version " + supported
        + " (was the queue written by a newer Tengen?)");
    this.version = version;
    this.index = index;
  }

  /** The version found in the record. */
  public int version() {
    return version;
  }

  /** The queue index of the record, or -1 if it was not read from a queue. */
  public long index() {
    return index;
  }
}
