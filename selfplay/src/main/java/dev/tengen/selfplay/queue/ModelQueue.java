package dev.tengen.selfplay.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model queue of a run ({@code runs/NAME/models/}): candidates announced by the trainer,
 * promotions and rejections announced by the evaluator, in the order written. Small (a few events
 * per checkpoint), so the queries below simply scan it.
 *
 * <p>Thread-safe for appends; readers are per thread. Several processes may open it at once.
 */
public final class ModelQueue implements AutoCloseable {

  /** Name of the lock file that serialises {@link #ensureInitialBest} across processes. */
  static final String INIT_LOCK_FILE = "initial-best.lock";

  private static final Object IN_PROCESS_INIT_LOCK = new Object();

  private final QueueLog<ModelEvent> log;

  private ModelQueue(Path dir, boolean readOnly) {
    this.log = new QueueLog<>(dir, new ModelEventCodec(), readOnly);
  }

  /** Opens (creating if needed) the model queue in {@code dir} for reading and appending. */
  public static ModelQueue open(Path dir) {
    return new ModelQueue(dir, false);
  }

  /**
   * Opens an existing model queue for reading only (no durable readers).
   *
   * @throws IllegalArgumentException if {@code dir} does not exist
   */
  public static ModelQueue openReadOnly(Path dir) {
    return new ModelQueue(dir, true);
  }

  /** Appends one event and returns its index. */
  public long append(ModelEvent event) {
    return log.append(event);
  }

  /** Every event so far, oldest first. Cost: one scan of the queue. */
  public List<Indexed<ModelEvent>> readAll() {
    List<Indexed<ModelEvent>> events = new ArrayList<>();
    try (QueueReader<ModelEvent> reader = log.readerFromStart()) {
      for (Optional<Indexed<ModelEvent>> e = reader.poll(); e.isPresent(); e = reader.poll()) {
        events.add(e.get());
      }
    }
    return events;
  }

  /** The most recent {@link ModelEvent.Promoted}, i.e. the current best model, if any. */
  public Optional<ModelEvent.Promoted> latestPromoted() {
    ModelEvent.Promoted latest = null;
    for (Indexed<ModelEvent> e : readAll()) {
      if (e.value() instanceof ModelEvent.Promoted p) {
        latest = p;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** A reader from the first event, to follow new events as they are appended; not persisted. */
  public QueueReader<ModelEvent> follow() {
    return log.readerFromStart();
  }

  /**
   * A reader that resumes after the last event acknowledged under {@code name} (e.g. the evaluator
   * acknowledging candidates it has judged). See {@link QueueReader#acknowledge(long)}.
   */
  public QueueReader<ModelEvent> durableReader(String name) {
    return log.durableReader(name);
  }

  /**
   * Makes sure the run has a best model: if no model was ever promoted, appends
   * {@code Promoted(modelId, checkpointPath, previousBestId "", score NaN, reason "initial model")}.
   * Idempotent and safe to call from several processes at once (serialised by a file lock in the
   * queue directory): exactly one initial promotion is ever written.
   *
   * @return the current best model (the one just written, or the existing one)
   */
  public ModelEvent.Promoted ensureInitialBest(String modelId, String checkpointPath, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    synchronized (IN_PROCESS_INIT_LOCK) {
      Path lockFile = log.dir().resolve(INIT_LOCK_FILE);
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock();
        try {
          Optional<ModelEvent.Promoted> existing = latestPromoted();
          if (existing.isPresent()) {
            return existing.get();
          }
          ModelEvent.Promoted initial = new ModelEvent.Promoted(clock.instant(), modelId,
              checkpointPath, "", Double.NaN, "initial model");
          append(initial);
          return initial;
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock " + lockFile, e);
      }
    }
  }

  /** Index of the last event, or -1 if none. */
  public long lastIndex() {
    return log.lastIndex();
  }

  @Override
  public void close() {
    log.close();
  }
}
