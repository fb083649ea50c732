package dev.tengen.selfplay.record;

import java.security.SecureRandom;
import java.util.function.LongSupplier;

/**
 * Issues game ids that are unique across every actor process of a run without coordination.
 *
 * <p>An id is {@code nonce << 24 | counter}: a 40-bit session nonce drawn at random when the
 * generator is made, and a 24-bit counter (16.7 million games) after which a fresh nonce is
 * drawn. Two sessions collide only if they draw the same nonce: with 10,000 actor sessions over a
 * run that chance is about 10,000² / 2^41 ≈ 5e-5. Ids from one generator are distinct and
 * increasing within a session. Thread-safe.
 */
public final class GameIds {

  private static final int COUNTER_BITS = 24;
  private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
  private static final long NONCE_MASK = (1L << 40) - 1;

  private final LongSupplier nonces;
  private long nonce;
  private long counter;

  /**
   * A generator drawing nonces from {@code nonces} (only the low 40 bits are used). Tests pass a
   * seeded source; {@link #random()} uses {@link SecureRandom}.
   */
  public GameIds(LongSupplier nonces) {
    this.nonces = nonces;
    this.nonce = nonces.getAsLong() & NONCE_MASK;
  }

  /** A generator with nonces from {@link SecureRandom}. */
  public static GameIds random() {
    SecureRandom random = new SecureRandom();
    return new GameIds(random::nextLong);
  }

  /** The next id. */
  public synchronized long next() {
    if (counter > COUNTER_MASK) {
      nonce = nonces.getAsLong() & NONCE_MASK;
      counter = 0;
    }
    return nonce << COUNTER_BITS | counter++;
  }
}
