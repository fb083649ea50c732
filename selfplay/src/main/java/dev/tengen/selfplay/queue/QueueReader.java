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
 * never returns a partially written excerpt. When an excerpt fails to decode, {@link #poll()}
 * throws a {@link CorruptRecordException} carrying its queue index and the reader stays on it
 * (every later poll throws the same error) until the caller decides to {@link #skip()} it:
 * nothing is ever skipped silently, so a newer writer's records cannot go unnoticed.
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
  private static final long NONE = Long.MIN_VALUE;

  private final SingleChronicleQueue queue;
  private final ExcerptTailer tailer;
  private final ExcerptCodec<T> codec;
  private final String ackKey; // null for a non-durable reader
  /** The last excerpt this reader moved past: returned by poll() or stepped over by skip(). */
  private long lastReadIndex = NONE;
  /** The excerpt the reader is stuck on because it did not decode, until skip(). */
  private long undecodableIndex = NONE;

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
   * @throws CorruptRecordException if the next excerpt does not decode; its {@link
   *     CorruptRecordException#index()} is the excerpt's queue index, which its message names. The
   *     reader does not move: call {@link #skip()} to step over the excerpt
   */
  public Optional<Indexed<T>> poll() {
    try (DocumentContext dc = tailer.readingDocument()) {
      if (!dc.isPresent()) {
        return Optional.empty();
      }
      long index = dc.index();
      try {
        Indexed<T> next = new Indexed<>(index, codec.read(dc.wire().bytes(), index));
        lastReadIndex = index;
        return Optional.of(next);
      } catch (RuntimeException e) {
        dc.rollbackOnClose();
        undecodableIndex = index;
        throw decodeError(e, index);
      }
    }
  }

  /** {@code e} as a decode error carrying {@code index}, whatever the codec threw. */
  private static CorruptRecordException decodeError(RuntimeException e, long index) {
    if (e instanceof CorruptRecordException corrupt && corrupt.index() == index) {
      return corrupt;
    }
    return new CorruptRecordException("excerpt", index, "does not decode (" + e + ")", e);
  }

  /**
   * Steps over the excerpt that the last {@link #poll()} could not decode, so the next poll reads
   * the one after it. The skipped excerpt counts as read: {@link #lastReadIndex()} becomes its
   * index, and a durable reader may acknowledge it (or anything it reads later) as usual, after
   * which a reader reopened under the same name does not meet it again. Cheap: nothing is decoded.
   *
   * @return the queue index of the excerpt stepped over
   * @throws IllegalStateException if the reader is not stuck on an undecodable excerpt (the last
   *     poll did not throw, or the excerpt was already skipped)
   */
  public long skip() {
    if (undecodableIndex == NONE) {
      throw new IllegalStateException(
          "nothing to skip: the last poll did not fail to decode an excerpt");
    }
    try (DocumentContext dc = tailer.readingDocument()) {
      if (!dc.isPresent() || dc.index() != undecodableIndex) {
        dc.rollbackOnClose();
        throw new IllegalStateException("expected the undecodable excerpt at index 0x"
            + Long.toHexString(undecodableIndex) + " next, found "
            + (dc.isPresent() ? "0x" + Long.toHexString(dc.index()) : "none"));
      }
    }
    lastReadIndex = undecodableIndex;
    undecodableIndex = NONE;
    return lastReadIndex;
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

  /**
   * Index of the last excerpt this reader moved past (returned by {@link #poll()} or stepped over
   * by {@link #skip()}), if any.
   */
  public OptionalLong lastReadIndex() {
    return lastReadIndex == NONE ? OptionalLong.empty() : OptionalLong.of(lastReadIndex);
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
   * @throws IllegalArgumentException if {@code index} is beyond the last excerpt this reader moved
   *     past (see {@link #lastReadIndex()})
   */
  public void acknowledge(long index) {
    if (ackKey == null) {
      throw new IllegalStateException("this reader has no durable position to acknowledge");
    }
    if (lastReadIndex == NONE || index > lastReadIndex) {
      throw new IllegalArgumentException("cannot acknowledge index 0x" + Long.toHexString(index)
          + ": the last index read is " + (lastReadIndex == NONE
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
