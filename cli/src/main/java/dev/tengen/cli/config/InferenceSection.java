package dev.tengen.cli.config;

import java.time.Duration;

/**
 * The {@code tengen.inference} section: how a process batches network evaluations across its
 * search threads (the network module's {@code InferenceService.Options}).
 *
 * @param maxBatch largest network batch, in positions
 * @param maxWait longest wait for a batch to fill once it has a first position
 * @param workers threads running the network
 * @param cacheEntries positions the evaluation cache keeps (0: no cache)
 */
public record InferenceSection(int maxBatch, Duration maxWait, int workers, int cacheEntries) {
  /** @throws IllegalArgumentException naming cacheEntries when negative */
  public InferenceSection {
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("cacheEntries must be >= 0, got " + cacheEntries);
    }
  }
}
