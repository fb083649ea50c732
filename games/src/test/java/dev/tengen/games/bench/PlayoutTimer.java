package dev.tengen.games.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Playouts per CPU-second of this thread, for {@link Playouts} and the {@link NaiveBoard}
 * baseline, alternating in rounds. On a shared, overloaded machine JMH's wall-clock figures
 * mostly measure how much of a core the scheduler gave; thread CPU time measures the code.
 * Args: seconds per measurement (default 3), then board sizes (default 9 19).
 */
public final class PlayoutTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
      NaiveBoard naive = new NaiveBoard(size);
      XorShiftRandom random = new XorShiftRandom(20260101L + size);
      long sink = 0;
      for (int round = 0; round < 4; round++) {
        long[] board = measure(seconds, () -> playouts.playout(random));
        long[] baseline = measure(seconds, () -> naive.playout(random));
        sink += board[2] + baseline[2];
        double boardCpu = board[0] / (board[1] / 1e9);
        double naiveCpu = baseline[0] / (baseline[1] / 1e9);
        System.out.printf("%s %dx%d: board %.0f playouts per CPU-second, naive %.0f, ratio %.1f%n",
            round == 0 ? "warm-up" : "round " + round, size, size, boardCpu, naiveCpu,
            boardCpu / naiveCpu);
      }
      System.out.println("(checksum " + sink + ")");
    }
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
