package dev.tengen.selfplay.queue;

import java.util.Objects;

/**
 * A value read from a queue together with its Chronicle index (cycle in the high bits, sequence
 * in the low bits; increasing along the queue but not contiguous across roll cycles).
 */
public record Indexed<T>(long index, T value) {
  public Indexed {
    Objects.requireNonNull(value, "value");
  }
}
