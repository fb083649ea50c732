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
   * say so and some child is eligible (ties: more visits, then higher prior), else the most
   * visited (ties: higher prior). Children still tied after that are equally good, and one of
   * them is drawn uniformly (one number from {@code rng}, only when there is such a tie): with
   * flat priors, taking the lowest action would always play A1, B1, C1, ...
   */
  static int chooseChild(SearchTree tree, SearchParams params, int[] target, double temperature,
      RandomGenerator rng) {
    if (temperature > 0) {
      return sampleWithTemperature(target, temperature, rng);
    }
    if (params.finalMoveSelection() == SearchParams.MoveSelection.LCB) {
      int lcb = bestByLcb(tree, params, rng);
      if (lcb >= 0) {
        return lcb;
      }
    }
    return mostVisited(tree, target, rng);
  }

  /** The most visited child by {@code target}, ties to the higher prior, then drawn. */
  private static int mostVisited(SearchTree tree, int[] target, RandomGenerator rng) {
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    int[] tied = new int[count];
    int ties = 0;
    for (int i = 0; i < count; i++) {
      int order = ties == 0 ? 1 : compare(target[i], tree.prior[first + i],
          target[tied[0]], tree.prior[first + tied[0]]);
      if (order > 0) {
        ties = 0;
      }
      if (order >= 0) {
        tied[ties++] = i;
      }
    }
    return draw(tied, ties, rng);
  }

  /** Orders (visits, prior) pairs: more visits first, then the higher prior. */
  private static int compare(int visitsA, float priorA, int visitsB, float priorB) {
    return visitsA != visitsB ? Integer.compare(visitsA, visitsB) : Float.compare(priorA, priorB);
  }

  /** One of {@code tied[0..ties)}, drawn uniformly when there are several; -1 if none. */
  private static int draw(int[] tied, int ties, RandomGenerator rng) {
    if (ties == 0) {
      return -1;
    }
    return ties == 1 ? tied[0] : tied[rng.nextInt(ties)];
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

  /**
   * Index of the eligible root child with the highest lower confidence bound (ties: more
   * visits, then higher prior, then drawn), or -1 if none is eligible.
   */
  private static int bestByLcb(SearchTree tree, SearchParams params, RandomGenerator rng) {
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    int maxVisits = 0;
    for (int i = 0; i < count; i++) {
      maxVisits = Math.max(maxVisits, tree.visits[first + i]);
    }
    int[] tied = new int[count];
    int ties = 0;
    double bestLcb = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      int c = first + i;
      int n = tree.visits[c];
      if (n < MIN_VISITS_FOR_LCB || n < params.lcbMinVisitShare() * maxVisits) {
        continue;
      }
      double lcb = lowerConfidenceBound(tree, c, params.lcbStdevs());
      int order;
      if (ties == 0) {
        order = 1;
      } else {
        int b = first + tied[0];
        order = lcb != bestLcb ? Double.compare(lcb, bestLcb)
            : compare(n, tree.prior[c], tree.visits[b], tree.prior[b]);
      }
      if (order > 0) {
        bestLcb = lcb;
        ties = 0;
      }
      if (order >= 0) {
        tied[ties++] = i;
      }
    }
    return draw(tied, ties, rng);
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
