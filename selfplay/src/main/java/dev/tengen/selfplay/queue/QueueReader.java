package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.CorruptRecordException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Reads decoded values from a queue in order, one excerpt at a time, optionally with a durable
 * acknowledged position.
 *
 * <p>Owned by one thread at a time. Reading never removes anything from the queue. A reader
 * never returns a partially written excerpt. When an excerpt fails to decode the reader stays on
 * it (every later {@link #poll()} throws the same error) rather than silently skipping it.
 *
 * <p>Durable readers (see {@link GamesQueue#durableReader(String)}) keep "everything up to index
 * i is done" in the queue's metadata file under their name: {@link #acknowledge(long)} is the
 * commit point, so after a crash a reader resumes after its last acknowledgement and sees again
 * whatever it had read but not acknowledged (at-least-once, no loss; acknowledge together with
 * whatever makes the work durable to get exactly-once). The stored value is memory-mapped and
 * survives the process being killed; like the queue itself it reaches the disk when the OS
 * flushes its page cache.
 */
public final class QueueReader<T> implements AutoCloseable {

  private static final long MAX_BACKOFF_NANOS = 20_000_000L;

  private final SingleChronicleQueue queue;
  private final ExcerptTailer tailer;
  private final ExcerptCodec<T> codec;
  private final String ackKey; // null for a non-durable reader
  private long lastReadIndex = Long.MIN_VALUE;

  QueueReader(SingleChronicleQueue queue, ExcerptTailer tailer, ExcerptCodec<T> codec, String ackKey) {
    this.queue = queue;
    this.tailer = tailer;
    this.codec = codec;
    this.ackKey = ackKey;
  }

  /**
   * Returns the next value and advances past it, or empty if no complete excerpt follows yet.
   * Never blocks.
   *
   * @throws CorruptRecordException if the next excerpt does not decode (the reader does not move)
   */
  public Optional<Indexed<T>> poll() {
    try (DocumentContext dc = tailer.readingDocument()) {
      if (!dc.isPresent()) {
        return Optional.empty();
      }
      long index = dc.index();
      try {
        T value = codec.read(dc.wire().bytes(), index);
        lastReadIndex = index;
        return Optional.of(new Indexed<>(index, value));
      } catch (RuntimeException e) {
        dc.rollbackOnClose();
        throw e;
      }
    }
  }

  /**
   * Like {@link #poll()} but waits up to {@code timeout} for an excerpt to appear, polling with a
   * short backoff (at most 20 ms between looks).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public Optional<Indexed<T>> poll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long backoff = 100_000L;
    while (true) {
      Optional<Indexed<T>> next = poll();
      if (next.isPresent() || System.nanoTime() - deadline >= 0) {
        return next;
      }
      long remaining = deadline - System.nanoTime();
      long sleep = Math.max(0, Math.min(backoff, remaining));
      Thread.sleep(sleep / 1_000_000L, (int) (sleep % 1_000_000L));
      backoff = Math.min(MAX_BACKOFF_NANOS, backoff * 2);
    }
  }

  /** Index of the last value returned by {@link #poll()}, if any. */
  public OptionalLong lastReadIndex() {
    return lastReadIndex == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(lastReadIndex);
  }

  /** Whether {@link #acknowledge(long)} persists. */
  public boolean isDurable() {
    return ackKey != null;
  }

  /**
   * Durably records that every excerpt up to and including {@code index} is done; a durable reader
   * opened later under the same name (in any process) starts right after it. Acknowledgements
   * only move forward: a lower index than the stored one is ignored. Cheap (one volatile store to
   * a memory-mapped long).
   *
   * @throws IllegalStateException if this reader is not durable
   * @throws IllegalArgumentException if {@code index} is beyond the last excerpt this reader returned
   */
  public void acknowledge(long index) {
    if (ackKey == null) {
      throw new IllegalStateException("this reader has no durable position to acknowledge");
    }
    if (lastReadIndex == Long.MIN_VALUE || index > lastReadIndex) {
      throw new IllegalArgumentException("cannot acknowledge index 0x" + Long.toHexString(index)
          + "h: the last index read is " + (lastReadIndex == Long.MIN_VALUE
              ? "none" : "0x" + Long.toHexString(lastReadIndex)));
    }
    queue.tableStorePut(ackKey, index);
  }

  /** The durably acknowledged index of this reader's name, if any. */
  public OptionalLong acknowledged() {
    if (ackKey == null) {
      return OptionalLong.empty();
    }
    long value = queue.tableStoreGet(ackKey);
    return value == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** Closes the underlying tailer; the queue stays open. */
  @Override
  public void close() {
    tailer.close();
  }
}
