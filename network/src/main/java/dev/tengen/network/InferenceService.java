package dev.tengen.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches evaluation requests from any number of threads into network calls of up to
 * {@link Options#maxBatch()} positions. Callers {@link #submit} already-encoded positions (one
 * or many per request) and wait on the returned future; worker threads take requests from one
 * queue, fill a batch (waiting at most {@link Options#maxWaitMicros()} after its first position
 * for more to arrive), run the {@link InferenceModel}, and scatter the outputs back. A request
 * larger than the remaining room is split across batches.
 *
 * <p>The model can be swapped at any time ({@link #setModel}); batches already running finish on
 * the old one. Thread-safe. Close it to stop the workers; pending requests then fail.
 */
public final class InferenceService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InferenceService.class);

  /**
   * Batching knobs.
   *
   * @param maxBatch largest network batch (positions), at least 1; 128–256 on CPU
   * @param maxWaitMicros longest wait for a batch to fill once it has a first position
   * @param workers threads running the network; 1 on a small CPU (ND4J's OpenMP threads already
   *     use the cores), 2 to overlap copying with computing on a GPU
   */
  public record Options(int maxBatch, long maxWaitMicros, int workers) {
    /** Batches of up to 256, 1 ms wait, one worker. */
    public static final Options DEFAULT = new Options(256, 1000, 1);

    public Options {
      if (maxBatch < 1) {
        throw new IllegalArgumentException("maxBatch must be positive, was " + maxBatch);
      }
      if (maxWaitMicros < 0) {
        throw new IllegalArgumentException("maxWaitMicros must be non-negative, was " + maxWaitMicros);
      }
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be positive, was " + workers);
      }
    }
  }

  /** Counters since the service started. */
  public record Stats(long batches, long positions, long requests) {
    /** Mean positions per network call. */
    public double meanBatch() {
      return batches == 0 ? 0 : (double) positions / batches;
    }
  }

  private static final class Request {
    final float[] features;
    final float[] legal;
    final int count;
    final float[] policy;
    final float[] value;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final java.util.concurrent.atomic.AtomicInteger remaining;
    int nextToBatch;

    Request(float[] features, float[] legal, int count, float[] policy, float[] value) {
      this.features = features;
      this.legal = legal;
      this.count = count;
      this.policy = policy;
      this.value = value;
      this.remaining = new java.util.concurrent.atomic.AtomicInteger(count);
    }
  }

  private final Options options;
  private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong positions = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private volatile InferenceModel model;
  private volatile boolean closed;

  /** Starts the worker threads (daemons named {@code tengen-inference-N}). */
  public InferenceService(InferenceModel model, Options options) {
    this.model = model;
    this.options = options;
    NetworkRuntime.logOnce();
    for (int i = 0; i < options.workers(); i++) {
      Thread t = new Thread(this::work, "tengen-inference-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
  }

  public Options options() {
    return options;
  }

  /** The model batches run on now. */
  public InferenceModel model() {
    return model;
  }

  /**
   * Replaces the model for batches started from now on.
   *
   * @throws IllegalArgumentException if the new model is for another board size or feature version
   */
  public void setModel(InferenceModel newModel) {
    NetworkConfig old = model.config();
    NetworkConfig now = newModel.config();
    if (old.boardSize() != now.boardSize() || old.featureVersion() != now.featureVersion()) {
      throw new IllegalArgumentException("cannot swap a model for " + old + " with one for " + now);
    }
    model = newModel;
  }

  /**
   * Queues {@code count} encoded positions ({@code features}, {@code legal} in the layouts of
   * {@link InferenceModel#evaluate}); the future completes when {@code policy[count × actions]}
   * and {@code value[count]} are written. The caller must not touch the arrays until then.
   *
   * @throws IllegalStateException if the service is closed
   */
  public CompletableFuture<Void> submit(float[] features, float[] legal, int count,
      float[] policy, float[] value) {
    if (closed) {
      throw new IllegalStateException("inference service is closed");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    InferenceModel current = model;
    int actions = current.config().actions();
    requireLength("features", features, (long) count * current.featureLength());
    requireLength("legal", legal, (long) count * actions);
    requireLength("policy", policy, (long) count * actions);
    requireLength("value", value, count);
    Request request = new Request(features, legal, count, policy, value);
    requests.incrementAndGet();
    queue.add(request);
    if (closed) {
      request.done.completeExceptionally(new IllegalStateException("inference service is closed"));
    }
    return request.done;
  }

  /** {@link #submit} and wait; rethrows the worker's failure as an unchecked exception. */
  public void evaluate(float[] features, float[] legal, int count, float[] policy, float[] value) {
    submit(features, legal, count, policy, value).join();
  }

  private static void requireLength(String name, float[] array, long needed) {
    if (array == null || array.length < needed) {
      throw new IllegalArgumentException(name + " needs at least " + needed + " floats, has "
          + (array == null ? "null" : array.length));
    }
  }

  public Stats stats() {
    return new Stats(batches.get(), positions.get(), requests.get());
  }

  /** Stops the workers and fails every request not yet evaluated. */
  @Override
  public void close() {
    closed = true;
    for (Thread t : workers) {
      t.interrupt();
    }
    for (Thread t : workers) {
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Request r;
    while ((r = queue.poll()) != null) {
      r.done.completeExceptionally(new IllegalStateException("inference service closed"));
    }
  }

  private void work() {
    Batch batch = null;
    List<Request> taken = new ArrayList<>();
    Request carry = null;
    while (!closed) {
      try {
        InferenceModel current = model;
        if (batch == null || batch.model != current) {
          batch = new Batch(current, options.maxBatch());
        }
        taken.clear();
        Request first = carry != null ? carry : queue.take();
        carry = null;
        long deadline = System.nanoTime() + options.maxWaitMicros() * 1000;
        int filled = 0;
        Request next = first;
        while (true) {
          int room = options.maxBatch() - filled;
          int n = Math.min(room, next.count - next.nextToBatch);
          batch.add(next, n, filled);
          next.nextToBatch += n;
          filled += n;
          taken.add(next);
          if (next.nextToBatch < next.count) {
            carry = next;
            break;
          }
          if (filled == options.maxBatch()) {
            break;
          }
          next = queue.poll();
          if (next == null) {
            long wait = deadline - System.nanoTime();
            if (wait <= 0) {
              break;
            }
            next = queue.poll(wait, TimeUnit.NANOSECONDS);
            if (next == null) {
              break;
            }
          }
        }
        run(batch, filled);
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        // Never let a bad request kill the worker: fail what this batch held and go on.
        LOG.error("inference worker failed while batching", e);
        for (Request r : taken) {
          r.done.completeExceptionally(e);
        }
        if (carry != null) {
          carry.done.completeExceptionally(e);
          carry = null;
        }
        batch = null;
      }
    }
    if (carry != null) {
      carry.done.completeExceptionally(new IllegalStateException("inference service closed"));
    }
  }

  private void run(Batch batch, int filled) {
    try {
      batch.model.evaluate(batch.features, batch.legal, filled, batch.policy, batch.value, null);
    } catch (RuntimeException e) {
      LOG.error("network evaluation of {} positions failed", filled, e);
      for (int i = 0; i < filled; i++) {
        batch.owners[i].done.completeExceptionally(e);
      }
      batch.clear(filled);
      return;
    }
    batches.incrementAndGet();
    positions.addAndGet(filled);
    batch.scatter(filled);
  }

  /** One worker's reusable batch buffers and the request slot each position came from. */
  private static final class Batch {
    final InferenceModel model;
    final int featureLength;
    final int actions;
    final float[] features;
    final float[] legal;
    final float[] policy;
    final float[] value;
    final Request[] owners;
    final int[] ownerSlots;

    Batch(InferenceModel model, int capacity) {
      this.model = model;
      this.featureLength = model.featureLength();
      this.actions = model.config().actions();
      this.features = new float[capacity * featureLength];
      this.legal = new float[capacity * actions];
      this.policy = new float[capacity * actions];
      this.value = new float[capacity];
      this.owners = new Request[capacity];
      this.ownerSlots = new int[capacity];
    }

    void add(Request request, int n, int at) {
      int from = request.nextToBatch;
      System.arraycopy(request.features, from * featureLength, features, at * featureLength,
          n * featureLength);
      System.arraycopy(request.legal, from * actions, legal, at * actions, n * actions);
      for (int i = 0; i < n; i++) {
        owners[at + i] = request;
        ownerSlots[at + i] = from + i;
      }
    }

    void scatter(int filled) {
      for (int i = 0; i < filled; i++) {
        Request r = owners[i];
        int slot = ownerSlots[i];
        System.arraycopy(policy, i * actions, r.policy, slot * actions, actions);
        r.value[slot] = value[i];
        if (r.remaining.decrementAndGet() == 0) {
          r.done.complete(null);
        }
      }
      clear(filled);
    }

    void clear(int filled) {
      java.util.Arrays.fill(owners, 0, filled, null);
    }
  }
}
