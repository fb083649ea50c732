package dev.tengen.games.bench;

import dev.tengen.games.playout.RandomPlayout;
import dev.tengen.games.playout.XorShiftRandom;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Playouts per CPU-second of this thread for the three implementations of one policy, measured
 * one after the other in each round: {@link Playouts} on {@code Board} (exact liberties),
 * {@link RandomPlayout} on the pseudo-liberty {@code PlayoutBoard}, and the flood-fill
 * {@link NaiveBoard} baseline. On a shared, overloaded machine JMH's wall-clock figures mostly
 * measure how much of a core the scheduler gave; thread CPU time measures the code. Board and
 * playout board draw from generators with the same seed, so they play the same playouts (their
 * first round's checksums agree as far as both got).
 * Args: seconds per measurement (default 3), then board sizes (default 9 19).
 */
public final class PlayoutTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 4;

  private PlayoutTimer() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    int[] sizes = {9, 19};
    if (args.length > 1) {
      sizes = new int[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        sizes[i - 1] = Integer.parseInt(args[i]);
      }
    }
    System.out.printf("load average %s%n", ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
    for (int size : sizes) {
      Playouts playouts = new Playouts(size);
      RandomPlayout fast = new RandomPlayout(size);
      NaiveBoard naive = new NaiveBoard(size);
      XorShiftRandom boardRandom = new XorShiftRandom(20260101L + size);
      XorShiftRandom fastRandom = new XorShiftRandom(20260101L + size);
      XorShiftRandom naiveRandom = new XorShiftRandom(20260101L + size);
      long sink = 0;
      for (int round = 0; round < ROUNDS; round++) {
        long[] board = measure(seconds, () -> playouts.playout(boardRandom));
        long[] pseudo = measure(seconds, () -> fast.playout(fastRandom));
        long[] baseline = measure(seconds, () -> naive.playout(naiveRandom));
        sink += board[2] + pseudo[2] + baseline[2];
        double boardCpu = perCpuSecond(board);
        double pseudoCpu = perCpuSecond(pseudo);
        double naiveCpu = perCpuSecond(baseline);
        System.out.printf("%s %dx%d: board %.0f, playout board %.0f, naive %.0f playouts per"
                + " CPU-second; playout board / board %.3f, playout board / naive %.1f,"
                + " board / naive %.1f%n",
            round == 0 ? "warm-up" : "round " + round, size, size, boardCpu, pseudoCpu,
            naiveCpu, pseudoCpu / boardCpu, pseudoCpu / naiveCpu, boardCpu / naiveCpu);
      }
      System.out.println("(checksum " + sink + ")");
    }
  }

  private static double perCpuSecond(long[] measured) {
    return measured[0] / (measured[1] / 1e9);
  }

  /** Runs playouts for about this much wall time; returns {count, cpu nanos, checksum}. */
  private static long[] measure(double seconds, java.util.function.IntSupplier playout) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long count = 0;
    long sum = 0;
    while (System.nanoTime() < end) {
      sum += playout.getAsInt();
      count++;
    }
    return new long[] {count, THREADS.getCurrentThreadCpuTime() - cpu, sum};
  }
}
