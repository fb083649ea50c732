package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.GameRecordCodec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The games queue of a run ({@code runs/NAME/games/}): one {@link GameRecord} per excerpt, in
 * the order the games finished, from any number of actor processes.
 *
 * <p>Layout of the directory (Chronicle Queue, binary, roll cycle FAST_DAILY): one
 * {@code yyyyMMdd'F'.cq4} data file per UTC day holding the excerpts and their index, and
 * {@code metadata.cq4t} holding the cross-process write lock and the acknowledged positions of
 * durable readers ({@code tengen.ack.NAME}). Files are never deleted by Tengen.
 *
 * <p>Guarantees: an appended record is wholly in the queue or not at all, including when the
 * appending process is killed mid-write; several processes may append at once; readers never
 * see a partial record. Records reach the disk when the OS flushes its page cache (a killed
 * process loses nothing it appended; a power cut may lose the last seconds).
 *
 * <p>Thread-safe for appends; each reader belongs to one thread.
 */
public final class GamesQueue implements AutoCloseable {

  private static final ExcerptCodec<GameRecord> CODEC = new ExcerptCodec<>() {
    @Override
    public void write(GameRecord value, Bytes<?> out) {
      GameRecordCodec.write(value, out);
    }

    @Override
    public GameRecord read(Bytes<?> in, long index) {
      return GameRecordCodec.read(in, index);
    }
  };

  private final QueueLog<GameRecord> log;

  private GamesQueue(Path dir, boolean readOnly) {
    this.log = new QueueLog<>(dir, CODEC, readOnly);
  }

  /** Opens (creating if needed) the games queue in {@code dir} for appending and reading. */
  public static GamesQueue open(Path dir) {
    return new GamesQueue(dir, false);
  }

  /**
   * Opens an existing games queue for reading only (for export and inspection; no durable readers).
   *
   * @throws IllegalArgumentException if {@code dir} does not exist
   */
  public static GamesQueue openReadOnly(Path dir) {
    return new GamesQueue(dir, true);
  }

  /**
   * Appends one whole game as one excerpt and returns its queue index. Thread-safe; costs one
   * encoding (about 10 kB for a 9x9 game) into the memory-mapped file.
   *
   * @throws IllegalStateException if the queue is read-only
   */
  public long append(GameRecord record) {
    return log.append(record);
  }

  /** A reader from the first record; its position is not persisted. */
  public QueueReader<GameRecord> readerFromStart() {
    return log.readerFromStart();
  }

  /**
   * A reader whose next record is the one at {@code index}; its position is not persisted.
   *
   * @throws IllegalArgumentException if there is no record at that index
   */
  public QueueReader<GameRecord> readerFrom(long index) {
    return log.readerFrom(index);
  }

  /**
   * A reader resuming after the last index acknowledged under {@code name}, e.g. {@code
   * "trainer"}; see {@link QueueReader#acknowledge(long)}.
   *
   * @throws IllegalArgumentException if the name is not 1-64 of {@code [A-Za-z0-9_.-]}
   * @throws IllegalStateException if the queue was opened read-only
   */
  public QueueReader<GameRecord> durableReader(String name) {
    return log.durableReader(name);
  }

  /**
   * Calls {@code action} for every record from {@code fromIndex} (or the start when {@code
   * fromIndex} is negative) up to and including {@code toIndex}, in order; returns how many.
   * Reads what is in the queue now and returns; records appended meanwhile may or may not be seen.
   *
   * @throws IllegalArgumentException if {@code fromIndex} is after the first record but no
   *     record has that index (take indices from {@link Indexed#index()})
   */
  public long forEach(long fromIndex, long toIndex, Consumer<Indexed<GameRecord>> action) {
    long count = 0;
    if (lastIndex() < 0) {
      return 0;
    }
    try (QueueReader<GameRecord> reader = fromIndex < 0 || fromIndex <= firstIndex()
        ? readerFromStart() : readerFrom(fromIndex)) {
      for (Optional<Indexed<GameRecord>> next = reader.poll(); next.isPresent(); next = reader.poll()) {
        if (next.get().index() > toIndex) {
          break;
        }
        action.accept(next.get());
        count++;
      }
    }
    return count;
  }

  /** Index of the first record, or {@code Long.MAX_VALUE} when the queue is empty. */
  public long firstIndex() {
    return log.firstIndex();
  }

  /** Index of the last record, or {@code -1} when the queue is empty. */
  public long lastIndex() {
    return log.lastIndex();
  }

  /** The queue directory. */
  public Path dir() {
    return log.dir();
  }

  @Override
  public void close() {
    log.close();
  }
}
