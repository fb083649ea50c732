package dev.tengen.selfplay.queue;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * One Chronicle queue holding one encoded value per excerpt: the shared machinery behind
 * {@link GamesQueue} and {@link ModelQueue}.
 *
 * <p>Appends are atomic: the payload is written inside one Chronicle document, which becomes
 * visible to readers only when its header is completed on close; an encoding error rolls the
 * document back, and a process killed mid-write leaves an incomplete header that readers never
 * return and the next appender (in any process) recovers. Several processes may append to the
 * same directory at once (Chronicle serialises them with a write lock in {@code metadata.cq4t}).
 */
final class QueueLog<T> implements AutoCloseable {

  private static final Pattern READER_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final String ACK_KEY_PREFIX = "tengen.ack.";

  private final Path dir;
  private final SingleChronicleQueue queue;
  private final ExcerptCodec<T> codec;
  private final boolean readOnly;
  private ExcerptAppender appender; // guarded by this

  QueueLog(Path dir, ExcerptCodec<T> codec, boolean readOnly) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.readOnly = readOnly;
    this.queue = ChronicleQueues.open(dir, readOnly);
  }

  Path dir() {
    return dir;
  }

  /**
   * Appends {@code value} as one excerpt and returns its index. Thread-safe (serialised on this
   * object); about the cost of encoding plus one memory-mapped write.
   *
   * @throws IllegalStateException if the queue was opened read-only
   */
  synchronized long append(T value) {
    Objects.requireNonNull(value, "value");
    if (readOnly) {
      throw new IllegalStateException("queue " + dir + " is open read-only");
    }
    if (appender == null) {
      appender = queue.createAppender();
      appender.singleThreadedCheckDisabled(true);
    }
    try (DocumentContext dc = appender.writingDocument()) {
      try {
        codec.write(value, dc.wire().bytes());
      } catch (RuntimeException | Error e) {
        dc.rollbackOnClose();
        throw e;
      }
    }
    return appender.lastIndexAppended();
  }

  /** A reader positioned at the first excerpt; position is not persisted. */
  QueueReader<T> readerFromStart() {
    ExcerptTailer tailer = newTailer();
    tailer.toStart();
    return new QueueReader<>(queue, tailer, codec, null);
  }

  /**
   * A reader whose next excerpt is the one at {@code index}; position is not persisted.
   *
   * @throws IllegalArgumentException if no excerpt has that index
   */
  QueueReader<T> readerFrom(long index) {
    ExcerptTailer tailer = newTailer();
    if (!tailer.moveToIndex(index)) {
      tailer.close();
      throw new IllegalArgumentException(
          "no excerpt at index 0x" + Long.toHexString(index) + " in queue " + dir);
    }
    return new QueueReader<>(queue, tailer, codec, null);
  }

  /**
   * A reader that resumes after the last index acknowledged under {@code name} (from the start if
   * none was), and whose {@link QueueReader#acknowledge(long)} persists in the queue's metadata
   * file, shared by every process that opens this directory.
   *
   * @throws IllegalArgumentException if the name is not 1–64 of {@code [A-Za-z0-9_.-]}
   * @throws IllegalStateException if the queue is read-only, or the acknowledged excerpt is missing
   *     although its file was not removed (a queue from another run)
   */
  QueueReader<T> durableReader(String name) {
    if (!READER_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "reader name must be 1-64 of [A-Za-z0-9_.-], got '" + name + "'");
    }
    if (readOnly) {
      throw new IllegalStateException(
          "durable reader '" + name + "' needs a writable queue; " + dir + " is open read-only");
    }
    String key = ACK_KEY_PREFIX + name;
    long acknowledged = queue.tableStoreGet(key);
    ExcerptTailer tailer = newTailer();
    if (acknowledged == Long.MIN_VALUE || acknowledged < queue.firstIndex()) {
      tailer.toStart();
    } else {
      skipPast(tailer, acknowledged, name);
    }
    return new QueueReader<>(queue, tailer, codec, key);
  }

  private void skipPast(ExcerptTailer tailer, long acknowledged, String name) {
    boolean found = tailer.moveToIndex(acknowledged);
    if (found) {
      try (DocumentContext dc = tailer.readingDocument()) {
        found = dc.isPresent() && dc.index() == acknowledged;
      }
    }
    if (!found) {
      tailer.close();
      throw new IllegalStateException("reader '" + name + "' acknowledged index "
          + " 0x" + Long.toHexString(acknowledged) + " but queue " + dir + " has no such excerpt");
    }
  }

  /** Index of the first excerpt, or {@code Long.MAX_VALUE} when the queue is empty. */
  long firstIndex() {
    return queue.firstIndex();
  }

  /** Index of the last excerpt, or {@code -1} when the queue is empty. */
  long lastIndex() {
    return queue.lastIndex();
  }

  private ExcerptTailer newTailer() {
    ExcerptTailer tailer = queue.createTailer();
    tailer.singleThreadedCheckDisabled(true);
    return tailer;
  }

  @Override
  public synchronized void close() {
    if (appender != null) {
      appender.close();
      appender = null;
    }
    queue.close();
  }
}
