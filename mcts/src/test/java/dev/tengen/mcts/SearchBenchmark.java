package dev.tengen.mcts;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Search throughput on one thread, beside baselines measured in the same run.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl mcts -am -Pbench -DskipTests test} (system properties
 * {@code -Dbench.size=9 -Dbench.games=128 -Dbench.leaves=2 -Dbench.seconds=8}). Prints:
 * <ul>
 *   <li>baseline: random-playout moves per second ({@code legalActions} + {@code play} per move,
 *       the board work a search leaf costs at least), and {@code Game.copy()} per second (what a
 *       copy-per-simulation search would pay);
 *   <li>self-play: visits per second of {@code games} concurrent self-play games in one {@link
 *       SearchDriver} (selfPlay() parameters: 600/100 visits, playout cap randomization, noise,
 *       tree reuse), playing whole games;
 *   <li>match: visits per second of one match-mode search with 16 leaves in flight;
 * </ul>
 * and the ratios. Rates are per CPU second of the benchmark thread (ThreadMXBean), so that load
 * from other processes on a shared machine inflates them less than wall-clock rates would.
 * {@link #selfPlayVisitsPerSecond} takes any {@link PolicyValue}, so the network
 * module can measure search visits against raw network throughput with the same harness.
 */
public final class SearchBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SearchBenchmark() {}

  /**
   * CPU seconds this thread used since {@code cpuStartNanos}: the machine is shared, so rates
   * are per CPU second of the measuring thread, not per wall-clock second.
   */
  private static double cpuSecondsSince(long cpuStartNanos) {
    return (THREADS.getCurrentThreadCpuTime() - cpuStartNanos) / 1e9;
  }

  public static void main(String[] args) {
    int size = Integer.getInteger("bench.size", 9);
    int games = Integer.getInteger("bench.games", 128);
    int leaves = Integer.getInteger("bench.leaves", SearchParams.selfPlay().leavesInFlight());
    double seconds = Double.parseDouble(System.getProperty("bench.seconds", "8"));
    PolicyValue uniform = new UniformPolicyValue();

    System.out.printf(Locale.ROOT, "mcts benchmark: %dx%d, %d games, %.0f s per figure, uniform evaluator%n",
        size, size, games, seconds);
    randomPlayoutMovesPerSecond(size, 2); // warm-up
    double playout = randomPlayoutMovesPerSecond(size, seconds);
    double copies = copiesPerSecond(size, Math.min(seconds, 3));
    SearchParams selfPlayParams = SearchParams.selfPlay().toBuilder().leavesInFlight(leaves).build();
    selfPlayVisitsPerSecond(uniform, selfPlayParams, size, games, 3); // warm-up
    double selfPlay = selfPlayVisitsPerSecond(uniform, selfPlayParams, size, games, seconds);
    double match = matchVisitsPerSecond(uniform, size, seconds);
    System.out.printf(Locale.ROOT, "baseline random playout : %,12.0f moves/cpu-s (legalActions + play)%n", playout);
    System.out.printf(Locale.ROOT, "baseline Game.copy()    : %,12.0f copies/cpu-s (mid-game position)%n", copies);
    System.out.printf(Locale.ROOT, "self-play search        : %,12.0f visits/cpu-s (%d games x %d leaves, one driver)%n",
        selfPlay, games, leaves);
    System.out.printf(Locale.ROOT, "match search            : %,12.0f visits/cpu-s (one game, 16 leaves in flight)%n", match);
    System.out.printf(Locale.ROOT, "ratio self-play visits / playout moves : %.3f%n", selfPlay / playout);
    System.out.printf(Locale.ROOT, "ratio self-play visits / copies        : %.3f%n", selfPlay / copies);
  }

  /** Random legal moves (uniform over the legal mask, pass included) until the game ends. */
  static double randomPlayoutMovesPerSecond(int size, double seconds) {
    SplittableRandom rng = new SplittableRandom(1);
    boolean[] mask = new boolean[size * size + 1];
    int[] legal = new int[size * size + 1];
    long moves = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      Game game = new Game(size, Rules.DEFAULT);
      while (!game.isOver()) {
        game.legalActions(mask);
        int n = 0;
        for (int a = 0; a < mask.length; a++) {
          if (mask[a]) {
            legal[n++] = a;
          }
        }
        // Pass only when it is the sole move, so playouts fill the board as search lines do.
        int action = n == 1 ? legal[0] : legal[rng.nextInt(n - 1)];
        game.play(action);
        moves++;
      }
    }
    return moves / cpuSecondsSince(start);
  }

  static double copiesPerSecond(int size, double seconds) {
    Game game = new Game(size, Rules.DEFAULT);
    SplittableRandom rng = new SplittableRandom(2);
    for (int i = 0; i < size * size / 2; i++) {
      int a = rng.nextInt(size * size);
      if (game.isLegal(a)) {
        game.play(a);
      }
    }
    long copies = 0;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        sink += game.copy().moveNumber();
      }
      copies += 1000;
    }
    if (sink == 42) {
      System.out.println();
    }
    return copies / cpuSecondsSince(start);
  }

  /**
   * Visits per CPU second of {@code games} self-play games advanced by one driver in this
   * thread with the given parameters; finished games are replaced by new ones.
   * Counts every root visit added, including those of searches still running at the end.
   */
  public static double selfPlayVisitsPerSecond(
      PolicyValue evaluator, SearchParams params, int size, int games, double seconds) {
    SplittableRandom seeds = new SplittableRandom(3);
    List<Search> searches = new ArrayList<>();
    int[] startVisits = new int[games];
    for (int g = 0; g < games; g++) {
      Search s = new Search(new Game(size, Rules.DEFAULT), params, seeds.split());
      s.startMove();
      searches.add(s);
    }
    SearchDriver driver = new SearchDriver(evaluator, size, games * params.leavesInFlight());
    long visits = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      driver.step(searches);
      for (int g = 0; g < games; g++) {
        Search s = searches.get(g);
        if (!s.isFinished()) {
          continue;
        }
        SearchResult r = s.result();
        visits += r.rootVisits() - startVisits[g];
        s.advance(r.action());
        if (s.isGameOver()) {
          s.reset(new Game(size, Rules.DEFAULT), seeds.split()); // keeps the tree's arrays
        }
        s.startMove();
        startVisits[g] = s.rootVisits();
      }
    }
    double cpu = cpuSecondsSince(start);
    for (int g = 0; g < games; g++) {
      visits += searches.get(g).rootVisits() - startVisits[g]; // searches still in progress
    }
    return visits / cpu;
  }

  /** Visits per CPU second of one match-mode game (800 visits, 16 leaves in flight, reuse). */
  public static double matchVisitsPerSecond(PolicyValue evaluator, int size, double seconds) {
    SearchParams params = SearchParams.match();
    SearchDriver driver = new SearchDriver(evaluator, size, params.leavesInFlight());
    Search search = new Search(new Game(size, Rules.DEFAULT), params, new SplittableRandom(4));
    long visits = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      int before = search.rootVisits();
      SearchResult r = driver.searchMove(search);
      visits += r.rootVisits() - before;
      search.advance(r.action());
      if (search.isGameOver()) {
        search.reset(new Game(size, Rules.DEFAULT));
      }
    }
    return visits / cpuSecondsSince(start);
  }
}
