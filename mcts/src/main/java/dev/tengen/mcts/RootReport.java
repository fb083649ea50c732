package dev.tengen.mcts;

import dev.tengen.games.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Reads the root of a search tree: the move to play (temperature, most visits or LCB), lower
 * confidence bounds, principal variations and the {@link SearchInfo} snapshot. Stateless; the
 * tree is not changed.
 */
final class RootReport {

  /** Children with fewer visits are never chosen by LCB (KataGo's {@code MIN_VISITS_FOR_LCB}). */
  static final int MIN_VISITS_FOR_LCB = 3;
  /** Longest principal variation reported. */
  static final int MAX_PV_LENGTH = 64;

  private RootReport() {}

  /**
   * Index (0-based among the root's children) of the move to play, from the (pruned) visit
   * counts {@code target}: drawn with probability proportional to {@code target^(1/T)} when the
   * temperature is positive (one number from {@code rng}); otherwise by LCB if the parameters
   * say so and some child is eligible, else the most visited (ties: higher prior, then lower
   * action).
   */
  static int chooseChild(SearchTree tree, SearchParams params, int[] target, double temperature,
      RandomGenerator rng) {
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    if (temperature > 0) {
      return sampleWithTemperature(target, temperature, rng);
    }
    if (params.finalMoveSelection() == SearchParams.MoveSelection.LCB) {
      int lcb = bestByLcb(tree, params);
      if (lcb >= 0) {
        return lcb;
      }
    }
    int best = 0;
    for (int i = 1; i < count; i++) {
      if (target[i] > target[best]
          || (target[i] == target[best] && tree.prior[first + i] > tree.prior[first + best])) {
        best = i;
      }
    }
    return best;
  }

  private static int sampleWithTemperature(int[] target, double temperature, RandomGenerator rng) {
    int max = 0;
    for (int t : target) {
      max = Math.max(max, t);
    }
    double[] weights = new double[target.length];
    double sum = 0;
    for (int i = 0; i < target.length; i++) {
      weights[i] = target[i] == 0 ? 0 : Math.pow((double) target[i] / max, 1 / temperature);
      sum += weights[i];
    }
    double r = rng.nextDouble() * sum;
    int last = 0;
    for (int i = 0; i < target.length; i++) {
      if (weights[i] > 0) {
        last = i;
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
    }
    return last;
  }

  /** Index of the eligible root child with the highest lower confidence bound, or -1 if none. */
  private static int bestByLcb(SearchTree tree, SearchParams params) {
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    int maxVisits = 0;
    for (int i = 0; i < count; i++) {
      maxVisits = Math.max(maxVisits, tree.visits[first + i]);
    }
    int best = -1;
    double bestLcb = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      int n = tree.visits[first + i];
      if (n < MIN_VISITS_FOR_LCB || n < params.lcbMinVisitShare() * maxVisits) {
        continue;
      }
      double lcb = lowerConfidenceBound(tree, first + i, params.lcbStdevs());
      if (lcb > bestLcb) {
        bestLcb = lcb;
        best = i;
      }
    }
    return best;
  }

  /**
   * Mean value of node {@code c} for its parent's side to move, minus {@code stdevs} standard
   * errors (sample variance of the backed-up values, floored at 1e-8); {@code -1 - stdevs} if
   * unvisited.
   */
  static double lowerConfidenceBound(SearchTree tree, int c, double stdevs) {
    int n = tree.visits[c];
    if (n == 0) {
      return -1 - stdevs;
    }
    double mean = tree.valueSum[c] / n;
    double variance = Math.max(1e-8, tree.valueSqSum[c] / n - mean * mean);
    return -mean - stdevs * Math.sqrt(variance / n);
  }

  /** The most visited line below {@code node} (its actions), at most {@link #MAX_PV_LENGTH}. */
  static int[] principalVariation(SearchTree tree, int node) {
    int[] pv = new int[MAX_PV_LENGTH];
    int length = 0;
    int n = node;
    while (length < MAX_PV_LENGTH && tree.state[n] == SearchTree.EXPANDED) {
      int child = tree.mostVisitedChild(n);
      if (child == SearchTree.NONE || tree.visits[child] == 0) {
        break;
      }
      pv[length++] = tree.action[child];
      n = child;
    }
    return Arrays.copyOf(pv, length);
  }

  /**
   * The root's snapshot: visited children, most visited first (ties: higher raw prior), each
   * with its value for the root's side, raw prior ({@code rawRootPriors} when the root is
   * noised, else the tree's), LCB and the line starting with its move.
   */
  static SearchInfo info(SearchTree tree, SearchParams params, Color toMove, float[] rawRootPriors) {
    List<SearchInfo.ChildInfo> children = new ArrayList<>();
    if (tree.state[0] == SearchTree.EXPANDED) {
      int first = tree.firstChild[0];
      for (int i = 0; i < tree.childCount[0]; i++) {
        int c = first + i;
        int n = tree.visits[c];
        if (n == 0) {
          continue;
        }
        float prior = rawRootPriors != null ? rawRootPriors[i] : tree.prior[c];
        int[] pv = principalVariation(tree, c);
        int[] line = new int[pv.length + 1];
        line[0] = tree.action[c];
        System.arraycopy(pv, 0, line, 1, pv.length);
        children.add(new SearchInfo.ChildInfo(tree.action[c], n, -tree.valueSum[c] / n, prior,
            lowerConfidenceBound(tree, c, params.lcbStdevs()), line));
      }
    }
    children.sort((a, b) -> a.visits() != b.visits()
        ? Integer.compare(b.visits(), a.visits())
        : Float.compare(b.prior(), a.prior()));
    return new SearchInfo(toMove, tree.visits[0], tree.meanValue(0), children);
  }
}
