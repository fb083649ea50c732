package dev.tengen.selfplay.actor;

import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.queue.QueueReader;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a run's model queue on its own daemon thread and keeps the latest promoted model
 * loaded, so self-play threads switch models without ever waiting for a load.
 *
 * <p>Reads the whole queue from the start (it is small), remembers the last {@link
 * ModelEvent.Promoted}, and loads it with the {@link ModelLoader} when it differs from the model
 * in use. A model that fails to load is logged and skipped (the previous one stays in use) until
 * another model is promoted. Holds one reference to the model in use (see {@link
 * LoadedModel#acquire()}) and releases it when a newer model replaces it.
 */
public final class ModelFollower implements ModelSource, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModelFollower.class);

  private final ModelQueue queue;
  private final ModelLoader loader;
  private final Duration pollInterval;
  private final Thread thread;
  private volatile LoadedModel current;
  private volatile boolean closed;
  private volatile Exception lastFailure;
  private String failedModelId;

  /**
   * Starts following {@code queue} (which the caller keeps open and closes after this), polling
   * every {@code pollInterval}.
   */
  public ModelFollower(ModelQueue queue, ModelLoader loader, Duration pollInterval) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    this.thread = new Thread(this::follow, "model-follower");
    thread.setDaemon(true);
    thread.start();
  }

  /** The model in use, or null until the first promoted model has loaded. */
  @Override
  public LoadedModel current() {
    return current;
  }

  /**
   * Waits until a model has loaded.
   *
   * @throws IllegalStateException if the promoted model failed to load (with that error as the
   *     cause), or if none has loaded within {@code timeout} (no promoted model on the queue)
   * @throws InterruptedException if interrupted
   */
  public LoadedModel awaitFirst(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (current == null) {
      Exception failure = lastFailure;
      if (failure != null) {
        throw new IllegalStateException("the promoted model failed to load: " + failure.getMessage(), failure);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new IllegalStateException("no promoted model loaded within " + timeout
            + " (is there a PROMOTED event on the model queue? see ModelQueue.ensureInitialBest)");
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    return current;
  }

  private void follow() {
    ModelEvent.Promoted latest = null;
    try (QueueReader<ModelEvent> reader = queue.follow()) {
      while (!closed) {
        for (Optional<Indexed<ModelEvent>> e = reader.poll(); e.isPresent(); e = reader.poll()) {
          if (e.get().value() instanceof ModelEvent.Promoted p) {
            latest = p;
          }
        }
        if (latest != null && needsLoad(latest)) {
          load(latest);
        }
        TimeUnit.NANOSECONDS.sleep(pollInterval.toNanos());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!closed) {
        LOG.error("model follower stopped: {}", e.toString(), e);
      }
    }
  }

  private boolean needsLoad(ModelEvent.Promoted latest) {
    LoadedModel model = current;
    return (model == null || !model.modelId().equals(latest.modelId()))
        && !latest.modelId().equals(failedModelId);
  }

  private void load(ModelEvent.Promoted promoted) {
    long start = System.nanoTime();
    try {
      LoadedModel model = loader.load(promoted);
      LoadedModel previous = current;
      current = model;
      lastFailure = null;
      if (previous != null) {
        previous.release(); // closed once the actor's threads have released it too
      }
      LOG.info("switched to {} from {} (loaded in {} ms)", model, promoted.checkpointPath(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (Exception e) {
      failedModelId = promoted.modelId();
      lastFailure = e;
      LOG.error("cannot load promoted model {} from {}; keeping {}: {}", promoted.modelId(),
          promoted.checkpointPath(), current, e.toString(), e);
    }
  }

  /**
   * Stops following and releases the follower's reference to the current model (which closes it
   * if no actor thread holds it). Call after the actor has stopped.
   */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LoadedModel model = current;
    if (model != null) {
      model.release();
    }
  }
}
