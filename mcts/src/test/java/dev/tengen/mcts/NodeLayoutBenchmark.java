package dev.tengen.mcts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures the tree-layout decision: the PUCT selection loop (the search's hot loop) over
 * children stored as parallel arrays (what {@link SearchTree} does) versus children as small
 * objects (one per child, reached through a parent's {@code Node[]}).
 *
 * <p>Both layouts hold the same statistics for {@code parents} expanded nodes of 82 children
 * (9x9); each iteration picks a random parent, as 128 interleaved games do, and selects the
 * best child by PUCT with first-play urgency and virtual loss. Working set: tens of MB, like
 * 128 self-play trees, so the figure includes the cache misses that dominate the real search.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl mcts -am -Pbench -DskipTests test
 * -Dbench.main=dev.tengen.mcts.NodeLayoutBenchmark}. Rates are per CPU second of this thread.
 */
public final class NodeLayoutBenchmark {

  private static final int CHILDREN = 82;

  /** One child as an object: the fields the selection loop reads. */
  static final class Node {
    int visits;
    int inFlight;
    float prior;
    double valueSum;
    Node[] children;
  }

  private NodeLayoutBenchmark() {}

  public static void main(String[] args) {
    int parents = Integer.getInteger("bench.parents", 20_000);
    double seconds = Double.parseDouble(System.getProperty("bench.seconds", "4"));
    SplittableRandom rng = new SplittableRandom(1);
    int n = parents * CHILDREN;
    int[] visits = new int[n];
    int[] inFlight = new int[n];
    float[] prior = new float[n];
    double[] valueSum = new double[n];
    Node[] roots = new Node[parents];
    for (int p = 0; p < parents; p++) {
      roots[p] = new Node();
      roots[p].children = new Node[CHILDREN];
      for (int c = 0; c < CHILDREN; c++) {
        int i = p * CHILDREN + c;
        visits[i] = rng.nextInt(4) == 0 ? rng.nextInt(50) : 0;
        inFlight[i] = rng.nextInt(40) == 0 ? 1 : 0;
        prior[i] = (float) rng.nextDouble() / CHILDREN * 2;
        valueSum[i] = visits[i] * (rng.nextDouble() * 2 - 1);
        Node child = new Node();
        child.visits = visits[i];
        child.inFlight = inFlight[i];
        child.prior = prior[i];
        child.valueSum = valueSum[i];
        roots[p].children[c] = child;
      }
    }
    for (int warm = 0; warm < 2; warm++) {
      arrays(visits, inFlight, prior, valueSum, parents, 1);
      objects(roots, 1);
    }
    double soa = arrays(visits, inFlight, prior, valueSum, parents, seconds);
    double obj = objects(roots, seconds);
    System.out.printf(Locale.ROOT, "node layout: %d parents x %d children, random parent per selection%n",
        parents, CHILDREN);
    System.out.printf(Locale.ROOT, "struct of arrays : %,12.0f selections/cpu-s%n", soa);
    System.out.printf(Locale.ROOT, "node objects     : %,12.0f selections/cpu-s%n", obj);
    System.out.printf(Locale.ROOT, "ratio arrays / objects : %.2f%n", soa / obj);
  }

  private static double arrays(int[] visits, int[] inFlight, float[] prior, double[] valueSum,
      int parents, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SplittableRandom rng = new SplittableRandom(2);
    long selections = 0;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = threads.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      for (int k = 0; k < 1000; k++) {
        int first = rng.nextInt(parents) * CHILDREN;
        double explore = 1.1 * Math.sqrt(400);
        double fpu = -0.1;
        int best = first;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = first; c < first + CHILDREN; c++) {
          int v = visits[c];
          int f = inFlight[c];
          double q = v > 0 ? -valueSum[c] / v : fpu;
          double eff = v;
          if (f > 0) {
            q = (q * v - f) / (v + f);
            eff = v + f;
          }
          double score = q + explore * prior[c] / (1 + eff);
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        sink += best;
      }
      selections += 1000;
    }
    double rate = selections / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    return sink == 42 ? rate + 1e-9 : rate;
  }

  private static double objects(Node[] roots, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    SplittableRandom rng = new SplittableRandom(2);
    long selections = 0;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = threads.getCurrentThreadCpuTime();
    while (System.nanoTime() < end) {
      for (int k = 0; k < 1000; k++) {
        Node[] children = roots[rng.nextInt(roots.length)].children;
        double explore = 1.1 * Math.sqrt(400);
        double fpu = -0.1;
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < children.length; c++) {
          Node child = children[c];
          int v = child.visits;
          int f = child.inFlight;
          double q = v > 0 ? -child.valueSum / v : fpu;
          double eff = v;
          if (f > 0) {
            q = (q * v - f) / (v + f);
            eff = v + f;
          }
          double score = q + explore * child.prior / (1 + eff);
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        sink += best;
      }
      selections += 1000;
    }
    double rate = selections / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    return sink == 42 ? rate + 1e-9 : rate;
  }
}
