package dev.tengen.trainer;

/**
 * The ratio control between self-play and training: a bucket of training-sample credit. Every new
 * window position adds {@code samplesPerPosition} credit; every training step spends one batch of
 * it. The trainer trains only while the bucket holds a whole batch, so over a run it trains
 * {@code samplesPerPosition} samples per generated position, never running far ahead of
 * self-play (it waits for data instead).
 *
 * <p>The bucket holds at most {@code capacity} credit. When self-play runs far ahead of training
 * (or the trainer comes back after an outage to a long backlog), the credit beyond the capacity is
 * dropped rather than owed: the trainer skips ahead instead of grinding through stale data. Each
 * dropped {@code samplesPerPosition} credit counts as one skipped position. KataGo's train.py
 * keeps the same kind of bucket ({@code max_train_bucket_per_new_data},
 * {@code max_train_bucket_size}).
 *
 * <p>{@code samplesPerPosition == 0} turns ratio control off: every batch is allowed. Mutable, not
 * thread-safe; its whole state is {@link #level()} and {@link #skippedPositions()}, both
 * persisted in the checkpoint.
 */
public final class SampleBudget {
  private final double samplesPerPosition;
  private final double capacity;
  private double level;
  private double droppedCredit;

  /**
   * @param samplesPerPosition credit per new position (>= 0; 0 disables ratio control)
   * @param capacity the most credit the bucket holds (>= one batch, checked by the trainer)
   * @param level the credit in the bucket now (restored from a checkpoint, else 0)
   * @param droppedCredit credit dropped so far (restored from a checkpoint, else 0)
   */
  public SampleBudget(double samplesPerPosition, double capacity, double level, double droppedCredit) {
    if (!(samplesPerPosition >= 0) || Double.isInfinite(samplesPerPosition)) {
      throw new IllegalArgumentException(
          "samplesPerPosition must be finite and >= 0, got " + samplesPerPosition);
    }
    if (!(capacity > 0)) {
      throw new IllegalArgumentException("bucket capacity must be > 0, got " + capacity);
    }
    if (!(level >= 0 && level <= capacity)) {
      throw new IllegalArgumentException(
          "bucket level must be in [0, " + capacity + "], got " + level);
    }
    if (!(droppedCredit >= 0)) {
      throw new IllegalArgumentException("dropped credit must be >= 0, got " + droppedCredit);
    }
    this.samplesPerPosition = samplesPerPosition;
    this.capacity = capacity;
    this.level = level;
    this.droppedCredit = droppedCredit;
  }

  /** Whether ratio control is on. */
  public boolean limited() {
    return samplesPerPosition > 0;
  }

  /**
   * Credits {@code positions} new positions. Returns how many positions' worth of credit was
   * dropped because the bucket was full (0 when it had room, or when ratio control is off).
   */
  public long credit(long positions) {
    if (positions < 0) {
      throw new IllegalArgumentException("positions must be >= 0, got " + positions);
    }
    if (!limited()) {
      return 0;
    }
    long skippedBefore = skippedPositions();
    double added = positions * samplesPerPosition;
    double room = capacity - level;
    if (added > room) {
      droppedCredit += added - room;
      level = capacity;
    } else {
      level += added;
    }
    return skippedPositions() - skippedBefore;
  }

  /** Whether a batch of {@code samples} may be trained now. */
  public boolean allows(int samples) {
    return !limited() || level >= samples;
  }

  /** Spends a batch of credit; throws IllegalStateException if {@link #allows} is false. */
  public void spend(int samples) {
    if (!allows(samples)) {
      throw new IllegalStateException(
          "training " + samples + " samples needs that much credit, the bucket holds " + level);
    }
    if (limited()) {
      level -= samples;
    }
  }

  /** The credit in the bucket, in samples. */
  public double level() {
    return level;
  }

  /** The credit dropped so far because the bucket was full, in samples. */
  public double droppedCredit() {
    return droppedCredit;
  }

  /** Positions whose training credit was dropped (skipped ahead over), rounded down. */
  public long skippedPositions() {
    return limited() ? (long) Math.floor(droppedCredit / samplesPerPosition + 1e-9) : 0;
  }

  public double samplesPerPosition() {
    return samplesPerPosition;
  }

  public double capacity() {
    return capacity;
  }
}
