package dev.tengen.network;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.mcts.EvalBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the default 9x9 net (6 blocks × 64 channels), all figures from one run so they
 * can be compared as ratios: raw inference graph at several batch sizes (folded and unfolded
 * batch norm), the batching service under many concurrent requesters (encoding and symmetry
 * included) against the raw graph at the same batch size, feature encoding, and training steps.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl network -am -Pbenchmark -DskipTests verify} (see README).
 * Arguments: {@code [seconds per measurement, split into 3 interleaved windows; default 6]}.
 */
public final class NetworkBenchmark {

  private static final int ROUNDS = 3;

  private NetworkBenchmark() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 6.0;
    System.out.println("load average at start: " + loadAverage());
    System.out.println(NetworkRuntime.info());
    NetworkConfig config = NetworkConfig.defaults(9);
    NetworkParameters params = NetworkParameters.initialize(config, 1);
    TestNets.perturbBatchNorm(params, 2);
    System.out.println("net: " + config + ", " + params.size() + " parameters");

    Game game = midGame();
    InferenceModel folded = InferenceModel.of(params);
    int maxBatch = 256;
    FeatureEncoder encoder = new FeatureEncoder(9);
    int len = encoder.featureLength();
    float[] features = new float[maxBatch * len];
    float[] legal = new float[maxBatch * 82];
    for (int i = 0; i < maxBatch; i++) {
      encoder.encode(game, i % 8, features, i * len, legal, i * 82);
    }

    System.out.printf("%nencoding: %.0f positions/s%n", encodeRate(encoder, game, seconds));

    // The machine is shared: every comparison below interleaves short windows of the things
    // compared (ROUNDS each) and compares medians, so load drift hits both sides alike.
    System.out.println("\nraw inference graph (BN folded), positions/s, median of " + ROUNDS
        + " interleaved windows:");
    int[] sizes = {1, 8, 32, 64, 128, 256};
    double[][] windows = new double[sizes.length][ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < sizes.length; i++) {
        windows[i][r] = rawRate(folded, features, legal, sizes[i], seconds / ROUNDS);
      }
    }
    for (int i = 0; i < sizes.length; i++) {
      System.out.printf("  batch %3d: %8.0f%n", sizes[i], median(windows[i]));
    }

    InferenceModel unfolded = InferenceModel.unfolded(params);
    double[] f128 = new double[ROUNDS];
    double[] u128 = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      f128[r] = rawRate(folded, features, legal, 128, seconds / ROUNDS);
      u128[r] = rawRate(unfolded, features, legal, 128, seconds / ROUNDS);
    }
    System.out.printf("  batch 128: folded %.0f vs unfolded BN %.0f: folded/unfolded = %.2f%n",
        median(f128), median(u128), median(f128) / median(u128));

    System.out.println("\nbatching service, one position per request (EvalBatch.add + evaluate,"
        + " random symmetry), vs the raw graph at the service's max batch:");
    int[][] setups = {{64, 64}, {128, 128}, {256, 128}, {256, 256}};
    for (int[] setup : setups) {
      int requesters = setup[0];
      int batchCap = setup[1];
      InferenceService.Options options = new InferenceService.Options(batchCap, 2000, 1);
      try (InferenceService service = new InferenceService(folded, options);
          Requesters load = new Requesters(service, game, requesters)) {
        double[] serviceRates = new double[ROUNDS];
        double[] rawRates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
          rawRates[r] = rawRate(folded, features, legal, batchCap, seconds / ROUNDS);
          serviceRates[r] = load.measure(seconds / ROUNDS);
        }
        InferenceService.Stats stats = service.stats();
        System.out.printf("  %3d requesters, max batch %3d: %8.0f positions/s, mean batch %5.1f;"
            + " raw batch %3d: %8.0f; service/raw = %.2f%n", requesters, batchCap,
            median(serviceRates), stats.meanBatch(), batchCap, median(rawRates),
            median(serviceRates) / median(rawRates));
      }
    }

    System.out.println("\ntraining, batch 256, ms per call (median of " + ROUNDS
        + " interleaved windows) and samples/s:");
    TrainableNetwork net = TrainableNetwork.create(config, TrainingParams.DEFAULT, 3);
    TrainingBatch batch = randomTrainingBatch(game, 256);
    net.train(batch);
    net.train(batch);
    NesterovSgd optimizer = NesterovSgd.fresh(params.layout());
    NetworkParameters weights = params.copy();
    NetworkParameters gradients = params.copy();
    double[] transfer = new double[ROUNDS];
    double[] forward = new double[ROUNDS];
    double[] update = new double[ROUNDS];
    double[] step = new double[ROUNDS];
    int steps = 0;
    for (int r = 0; r < ROUNDS; r++) {
      transfer[r] = millisPerCall(() -> transferBatch(batch, config), 0.2);
      forward[r] = millisPerCall(() -> net.evaluateLosses(batch), seconds / ROUNDS / 3);
      update[r] = millisPerCall(() -> {
        for (ParameterSpec spec : params.layout().specs()) {
          if (spec.kind().trainable()) {
            optimizer.apply(spec.name(), weights.get(spec.name()), gradients.get(spec.name()),
                1e-9, 0.9);
          }
        }
      }, 0.2);
      long before = net.step();
      step[r] = millisPerCall(() -> net.train(batch), seconds / ROUNDS);
      steps += (int) (net.step() - before);
    }
    System.out.printf("  placeholders (7 arrays from the batch's floats): %7.1f ms%n", median(transfer));
    System.out.printf("  forward only (losses + BN statistics, output):   %7.1f ms%n", median(forward));
    System.out.printf("  Nesterov update of all %d parameters:        %7.1f ms%n",
        params.size(), median(update));
    System.out.printf("  whole step (calculateGradientsAndOutputs + update + BN statistics): %.1f ms"
        + " = %.0f samples/s (%d steps); step/forward = %.2f%n", median(step),
        256_000 / median(step), steps, median(step) / median(forward));

    int memorySteps = Integer.getInteger("benchmark.memorySteps", 200);
    TrainingBatch small = randomTrainingBatch(game, 32);
    TrainableNetwork memoryNet = TrainableNetwork.create(config, TrainingParams.DEFAULT, 4);
    long rssAfter20 = 0;
    long peak = 0;
    for (int i = 1; i <= memorySteps; i++) {
      memoryNet.train(small);
      long rss = residentKilobytes();
      peak = Math.max(peak, rss);
      if (i == 20) {
        rssAfter20 = rss;
      }
    }
    System.out.printf("%nprocess memory over %d training steps at batch 32: VmRSS %d MB after"
        + " step 20, %d MB after step %d, peak %d MB%n", memorySteps, rssAfter20 / 1024,
        residentKilobytes() / 1024, memorySteps, peak / 1024);

    Path dir = Files.createTempDirectory("tengen-bench");
    Path file = dir.resolve("bench.tgn");
    long t0 = System.nanoTime();
    CheckpointFile.write(net.checkpoint(null, 0), file);
    long t1 = System.nanoTime();
    CheckpointFile.read(file, config);
    long t2 = System.nanoTime();
    System.out.printf("%ncheckpoint: %d bytes, write %.0f ms, read+verify %.0f ms%n",
        Files.size(file), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    Files.delete(file);
    Files.delete(dir);
    System.out.println("\nload average at end: " + loadAverage());
    System.exit(0);
  }

  /** Mean milliseconds per call over at least {@code seconds} and at least 3 calls. */
  private static double millisPerCall(Runnable call, double seconds) {
    call.run();
    long start = System.nanoTime();
    int calls = 0;
    while (calls < 3 || System.nanoTime() - start < seconds * 1e9) {
      call.run();
      calls++;
    }
    return (System.nanoTime() - start) / 1e6 / calls;
  }

  /** What a training step does to get a batch into ND4J: the 7 placeholder arrays. */
  private static void transferBatch(TrainingBatch batch, NetworkConfig config) {
    int n = batch.count();
    int size = config.boardSize();
    java.util.List<org.nd4j.linalg.api.ndarray.INDArray> arrays = java.util.List.of(
        org.nd4j.linalg.factory.Nd4j.create(batch.features(),
            new long[] {n, size, size, config.inputPlanes()}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.legal(), new long[] {n, config.actions()}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.policyTargets(),
            new long[] {n, config.actions()}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.valueTargets(), new long[] {n}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.ownershipTargets(),
            new long[] {n, config.points()}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.ownershipMask(), new long[] {n}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(batch.weights(), new long[] {n}, 'c'));
    OffHeap.close(arrays);
  }

  /** VmRSS of this process in kB, from /proc/self/status (0 where there is no /proc). */
  private static long residentKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (java.io.IOException e) {
      return 0;
    }
    return 0;
  }

  private static double encodeRate(FeatureEncoder encoder, Game game, double seconds) {
    float[] f = new float[encoder.featureLength()];
    float[] legal = new float[82];
    long n = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9 / 3);
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        encoder.encode(game, i & 7, f, 0, legal, 0);
      }
      n += 1000;
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static double rawRate(InferenceModel model, float[] features, float[] legal, int batch,
      double seconds) {
    float[] f = java.util.Arrays.copyOf(features, batch * model.featureLength());
    float[] l = java.util.Arrays.copyOf(legal, batch * 82);
    float[] policy = new float[batch * 82];
    float[] value = new float[batch];
    for (int i = 0; i < 3; i++) {
      model.evaluate(f, l, batch, policy, value, null);
    }
    long start = System.nanoTime();
    long calls = 0;
    while (calls < 3 || System.nanoTime() - start < seconds * 1e9) {
      model.evaluate(f, l, batch, policy, value, null);
      calls++;
    }
    return calls * batch / ((System.nanoTime() - start) / 1e9);
  }

  /** Threads that each evaluate one position at a time through the service, pausable. */
  private static final class Requesters implements AutoCloseable {
    private final Object lock = new Object();
    private final AtomicLong done = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private boolean paused = true;
    private volatile boolean stop;

    Requesters(InferenceService service, Game game, int count) {
      NetworkPolicyValue pv = new NetworkPolicyValue(service, null, true, 7);
      for (int t = 0; t < count; t++) {
        Game own = game.copy();
        EvalBatch batch = pv.newBatch(9, 1);
        Thread thread = new Thread(() -> {
          float[] priors = new float[82];
          while (awaitRunning()) {
            batch.clear();
            batch.add(own);
            batch.evaluate();
            batch.priors(0, priors);
            done.incrementAndGet();
          }
        });
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
    }

    private boolean awaitRunning() {
      synchronized (lock) {
        while (paused && !stop) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return false;
          }
        }
      }
      return !stop;
    }

    /** Runs the requesters for a short warm-up and then {@code seconds}; positions/s. */
    double measure(double seconds) throws InterruptedException {
      setPaused(false);
      Thread.sleep(200);
      long before = done.get();
      long start = System.nanoTime();
      Thread.sleep((long) (seconds * 1000));
      long count = done.get() - before;
      double elapsed = (System.nanoTime() - start) / 1e9;
      setPaused(true);
      Thread.sleep(100); // let in-flight requests drain before the next raw window
      return count / elapsed;
    }

    private void setPaused(boolean value) {
      synchronized (lock) {
        paused = value;
        lock.notifyAll();
      }
    }

    @Override
    public void close() throws InterruptedException {
      stop = true;
      setPaused(false);
      for (Thread t : threads) {
        t.join(10_000);
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static TrainingBatch randomTrainingBatch(Game game, int n) {
    TrainingBatch batch = new TrainingBatch(9, n);
    TrainingSampleWriter writer = new TrainingSampleWriter(9);
    SplittableRandom random = new SplittableRandom(5);
    boolean[] legal = new boolean[82];
    game.legalActions(legal);
    float[] policy = new float[82];
    float[] ownership = new float[81];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(policy, 0f);
      int a;
      do {
        a = random.nextInt(82);
      } while (!legal[a]);
      policy[a] = 1f;
      for (int p = 0; p < 81; p++) {
        ownership[p] = random.nextBoolean() ? 1f : -1f;
      }
      writer.write(batch, i, game, random.nextInt(8), policy, random.nextBoolean() ? 1f : -1f,
          ownership, 1f);
    }
    batch.setCount(n);
    return batch;
  }

  /** A 9x9 position 30 plies in, from seeded random legal moves (no passes). */
  static Game midGame() {
    Game game = new Game(9, Rules.DEFAULT);
    SplittableRandom random = new SplittableRandom(11);
    boolean[] legal = new boolean[82];
    while (game.moveNumber() < 30) {
      game.legalActions(legal);
      int a;
      do {
        a = random.nextInt(81);
      } while (!legal[a]);
      game.play(a);
    }
    return game;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
