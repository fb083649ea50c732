package dev.tengen.trainer;

import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingBatch;
import dev.tengen.network.TrainingParams;
import dev.tengen.selfplay.queue.GamesQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Trainer throughput: samples per second of the whole trainer (games queue → window → minibatch
 * → SGD step) beside the bare network train step on a ready batch, same net shape, same batch
 * size, same JVM, one trainer step and one bare step alternately (so load changes on a shared
 * machine hit both alike); and the share of the trainer's time spent in the data path. Run (see README "Benchmark"):
 *
 * <pre>
 *   ./mvnw -B -ntp -q -pl trainer -am -Ptrainer-bench -DskipTests test
 *   ./mvnw ... -Dbench.args="STEPS WARMUP BOARD BLOCKS CHANNELS BATCH"   (default 10 2 9 6 64 256)
 * </pre>
 *
 * The queue holds synthetic 9x9 games (60 random plies then two passes, a quarter of the moves
 * with a full search, ~15 rows a game) generated first; the ratio control runs at 4 samples per
 * position, so each step takes in 64 new positions (about 4 games) on average, as in a steady run.
 */
public final class TrainerBenchmark {
  private TrainerBenchmark() {}

  /** Pumps the trainer until it has taken one more step; returns the wall time it took. */
  private static long trainerStep(Trainer trainer) {
    long target = trainer.step() + 1;
    long start = System.nanoTime();
    while (trainer.step() < target) {
      if (trainer.pump() == Trainer.Progress.IDLE) {
        throw new IllegalStateException("the benchmark ran out of data at step " + trainer.step());
      }
    }
    return System.nanoTime() - start;
  }

  public static void main(String[] args) throws Exception {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int board = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    int blocks = args.length > 3 ? Integer.parseInt(args[3]) : 6;
    int channels = args.length > 4 ? Integer.parseInt(args[4]) : 64;
    int batchSize = args.length > 5 ? Integer.parseInt(args[5]) : 256;
    NetworkConfig config = NetworkConfig.of(board, blocks, channels);
    double ratio = 4.0;
    int minPositions = 5_000;
    Path run = Files.createTempDirectory("tengen-trainer-bench");
    try {
      long positionsNeeded = minPositions + (long) ((steps + warmup + 2) * batchSize / ratio);
      long positions = 0;
      int games = 0;
      SplittableRandom random = new SplittableRandom(42);
      RowExtractor counter = new RowExtractor(board, 0.0);
      try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
        while (positions < positionsNeeded) {
          var record = SyntheticRecords.game(games, board, 60, random);
          positions += counter.extract(record, 0).rows();
          queue.append(record);
          games++;
        }
      }
      System.out.printf("queue: %d synthetic %dx%d games, %d positions%n", games, board, board,
          positions);
      TrainerParams params = TrainerParams.builder(run)
          .network(config)
          .training(TrainingParams.DEFAULT)
          .batchSize(batchSize)
          .samplesPerPosition(ratio)
          .bucketCapacity(1_000_000)
          .window(new WindowSizing(minPositions, 0.4, 0.65, minPositions, 1_000_000))
          .checkpointEverySteps(1_000_000)
          .valueOnlyFastSearchPositions(false) // the figures in the README: full-search rows only
          .build();

      // The bare step's batch: drawn once from the same games, reused every step.
      RowExtractor extractor = new RowExtractor(board, 0.0);
      ReplayWindow window = new ReplayWindow(WindowSizing.fixed(1_000_000), 0);
      try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
        queue.forEach(-1, Long.MAX_VALUE, r -> window.add(extractor.extract(r.value(), r.index())));
      }
      TrainingBatch batch = new TrainingBatch(board, batchSize);
      new MinibatchSampler(board).fill(window, batch, batchSize, MinibatchSampler.randomFor(1, 0));
      TrainableNetwork bare = TrainableNetwork.create(config, TrainingParams.DEFAULT, 7);

      // Trainer steps and bare steps alternate, so both see the same load on a shared machine.
      long trainerNanos = 0;
      long bareNanos = 0;
      long[] split0;
      long[] split1;
      try (Trainer trainer = Trainer.open(params)) {
        for (int i = 0; i < warmup; i++) {
          trainerStep(trainer);
          bare.train(batch);
        }
        split0 = trainer.timeSplitNanos();
        for (int i = 0; i < steps; i++) {
          trainerNanos += trainerStep(trainer);
          long start = System.nanoTime();
          bare.train(batch);
          bareNanos += System.nanoTime() - start;
        }
        split1 = trainer.timeSplitNanos();
      }
      long data = split1[0] - split0[0];
      long train = split1[1] - split0[1];
      double trainerRate = steps * (double) batchSize * 1e9 / trainerNanos;
      double bareRate = steps * (double) batchSize * 1e9 / bareNanos;
      double dataFraction = (double) data / (data + train);
      double dataMillisPerStep = data / 1e6 / steps;

      System.out.printf("net %d blocks x %d channels, %dx%d, batch %d, %d steps after %d warm-up%n",
          blocks, channels, board, board, batchSize, steps, warmup);
      System.out.printf("trainer (queue -> window -> minibatch -> step): %.1f samples/s%n", trainerRate);
      System.out.printf("bare network train step:                     %.1f samples/s%n", bareRate);
      System.out.printf("trainer / bare: %.3f%n", trainerRate / bareRate);
      System.out.printf("data path: %.1f ms per step, %.2f%% of the trainer's step time%n",
          dataMillisPerStep, 100 * dataFraction);
      System.out.printf("load average: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    } finally {
      try (Stream<Path> files = Files.walk(run)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
