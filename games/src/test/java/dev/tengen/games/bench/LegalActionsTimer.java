package dev.tengen.games.bench;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * The cost of {@link Game#legalActions(boolean[])} under positional superko, per call, on the
 * positions of seeded random 9x9 games (uniform over the legal moves, passing only when nothing
 * else is legal, as {@code mcts}'s {@code SearchBenchmark} plays them). Each round replays the
 * recorded games twice, with and without a {@code legalActions} call at every position, and
 * reports the difference per call in nanoseconds of this thread's CPU time, beside the cost of
 * the replay's {@code play} per ply measured in the same round (the baseline the ratio uses).
 * Args: board size (default 9), games (default 200), rounds (default 5).
 */
public final class LegalActionsTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LegalActionsTimer() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    int games = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int[][] records = randomGames(size, games, new SplittableRandom(20260102L));
    long plies = 0;
    for (int[] r : records) {
      plies += r.length;
    }
    System.out.printf("load average %s; %d games of %dx%d, %d positions%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), games, size, size,
        plies);
    boolean[] mask = new boolean[size * size + 1];
    long sink = 0;
    for (int round = 0; round <= rounds; round++) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      sink += replay(records, size, null);
      long cpu1 = THREADS.getCurrentThreadCpuTime();
      sink += replay(records, size, mask);
      long cpu2 = THREADS.getCurrentThreadCpuTime();
      double playNs = (cpu1 - cpu0) / (double) plies;
      double legalNs = ((cpu2 - cpu1) - (cpu1 - cpu0)) / (double) plies;
      System.out.printf("%s: legalActions %.0f ns per call, replay %.0f ns per ply, ratio %.2f%n",
          round == 0 ? "warm-up" : "round " + round, legalNs, playNs, legalNs / playNs);
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static long replay(int[][] records, int size, boolean[] mask) {
    long sum = 0;
    for (int[] record : records) {
      Game game = new Game(size, Rules.DEFAULT);
      for (int action : record) {
        if (mask != null) {
          sum += game.legalActions(mask);
        }
        game.play(action);
      }
      sum += game.moveNumber();
    }
    return sum;
  }

  private static int[][] randomGames(int size, int games, SplittableRandom random) {
    int[][] records = new int[games][];
    boolean[] mask = new boolean[size * size + 1];
    int[] legal = new int[size * size + 1];
    for (int g = 0; g < games; g++) {
      Game game = new Game(size, Rules.DEFAULT);
      while (!game.isOver()) {
        game.legalActions(mask);
        int n = 0;
        for (int a = 0; a < mask.length; a++) {
          if (mask[a]) {
            legal[n++] = a;
          }
        }
        game.play(n == 1 ? legal[0] : legal[random.nextInt(n - 1)]);
      }
      records[g] = new int[game.moveNumber()];
      for (int i = 0; i < records[g].length; i++) {
        records[g][i] = game.lastAction(records[g].length - 1 - i);
      }
    }
    return records;
  }
}
