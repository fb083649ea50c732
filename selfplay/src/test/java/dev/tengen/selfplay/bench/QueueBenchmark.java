package dev.tengen.selfplay.bench;

import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.QueueReader;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.GameRecordCodec;
import dev.tengen.selfplay.record.SampleRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Games-queue throughput for realistic 9x9 records, beside an in-memory encode/decode baseline
 * measured in the same run (absolute figures drift with machine load; the ratios matter).
 *
 * <p>Records: 9x9, 70 moves, 1 to 50 policy entries per move (25 on average), about 11 kB each,
 * every field filled. Each figure is the median of 5 rounds after 2 warm-up rounds; each queue
 * round writes a fresh queue in a temporary directory and reads it back whole.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl selfplay -am -Pqueue-bench -DskipTests test} (optional
 * argument: records per round, default 4000, via {@code -Dqueue.bench.records=N}).
 */
public final class QueueBenchmark {

  private static final int DISTINCT = 256;

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("queue.bench.records", 4000);
    GameRecord[] records = new GameRecord[DISTINCT];
    long bytes = 0;
    for (int i = 0; i < DISTINCT; i++) {
      records[i] = SampleRecords.random(i, 9, 70, 25);
      bytes += GameRecordCodec.encodedSize(records[i]);
    }
    System.out.printf(Locale.ROOT, "records: 9x9, 70 moves, %.0f bytes on average; %d per round%n",
        (double) bytes / DISTINCT, n);
    double[] encode = new double[5];
    double[] decode = new double[5];
    double[] append = new double[5];
    double[] read = new double[5];
    for (int round = -2; round < 5; round++) {
      double e = encodePerSecond(records, n);
      double d = decodePerSecond(records, n);
      double[] q = queuePerSecond(records, n);
      if (round >= 0) {
        encode[round] = e;
        decode[round] = d;
        append[round] = q[0];
        read[round] = q[1];
      }
    }
    double me = median(encode);
    double md = median(decode);
    double ma = median(append);
    double mr = median(read);
    System.out.printf(Locale.ROOT, "in-memory encode  %,10.0f records/s%n", me);
    System.out.printf(Locale.ROOT, "queue append      %,10.0f records/s  (%.2f x in-memory encode)%n", ma, ma / me);
    System.out.printf(Locale.ROOT, "in-memory decode  %,10.0f records/s%n", md);
    System.out.printf(Locale.ROOT, "queue read+decode %,10.0f records/s  (%.2f x in-memory decode)%n", mr, mr / md);
  }

  private static double encodePerSecond(GameRecord[] records, int n) {
    Bytes<byte[]> buffer = Bytes.allocateElasticOnHeap(64 * 1024);
    long sink = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      buffer.clear();
      GameRecordCodec.write(records[i % DISTINCT], buffer);
      sink += buffer.writePosition();
    }
    double perSecond = n / ((System.nanoTime() - start) / 1e9);
    buffer.releaseLast();
    return sink > 0 ? perSecond : 0;
  }

  private static double decodePerSecond(GameRecord[] records, int n) {
    byte[][] encoded = new byte[DISTINCT][];
    for (int i = 0; i < DISTINCT; i++) {
      encoded[i] = GameRecordCodec.toBytes(records[i]);
    }
    long sink = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Bytes<byte[]> in = Bytes.wrapForRead(encoded[i % DISTINCT]);
      sink += GameRecordCodec.read(in, -1).moveCount();
      in.releaseLast();
    }
    double perSecond = n / ((System.nanoTime() - start) / 1e9);
    return sink > 0 ? perSecond : 0;
  }

  /** Appends n records to a fresh queue, then reads them all back: {append/s, read/s}. */
  private static double[] queuePerSecond(GameRecord[] records, int n) throws IOException {
    Path dir = Files.createTempDirectory("tengen-queue-bench");
    try {
      double appendPerSecond;
      double readPerSecond;
      try (GamesQueue queue = GamesQueue.open(dir)) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          queue.append(records[i % DISTINCT]);
        }
        appendPerSecond = n / ((System.nanoTime() - start) / 1e9);
      }
      try (GamesQueue queue = GamesQueue.openReadOnly(dir);
           QueueReader<GameRecord> reader = queue.readerFromStart()) {
        long moves = 0;
        int count = 0;
        long start = System.nanoTime();
        for (Optional<Indexed<GameRecord>> r = reader.poll(); r.isPresent(); r = reader.poll()) {
          moves += r.get().value().moveCount();
          count++;
        }
        readPerSecond = count / ((System.nanoTime() - start) / 1e9);
        if (count != n || moves == 0) {
          throw new IllegalStateException("read " + count + " records, appended " + n);
        }
      }
      return new double[] {appendPerSecond, readPerSecond};
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
