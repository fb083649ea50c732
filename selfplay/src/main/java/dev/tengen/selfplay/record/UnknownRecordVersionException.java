package dev.tengen.selfplay.record;

/**
 * A record written in a format version this build cannot read (typically by a newer Tengen).
 * The message names the queue index (see {@link CorruptRecordException}), the version found and
 * the version this build reads.
 */
public final class UnknownRecordVersionException extends CorruptRecordException {
  private static final long serialVersionUID = 1L;

  private final int version;

  /**
   * @param what what was being decoded, e.g. {@code "game record"}
   * @param version the version found (-1 if the bytes ended before it)
   * @param index the queue index of the record, or -1 outside a queue
   * @param supported the version this build reads
   */
  public UnknownRecordVersionException(String what, int version, long index, int supported) {
    super(what, index, "unknown format version " + version + "; this build reads version "
        + supported + " (was the queue written by a newer Tengen?)");
    this.version = version;
  }

  /** The version found in the record. */
  public int version() {
    return version;
  }
}
