package dev.tengen.mcts;

/**
 * Policy target pruning (KataGo paper, arXiv 1902.10565, section 3.1): removes from the root's
 * visit counts the playouts that forced playouts added and PUCT would not have chosen, so the
 * training target is not polluted by exploration.
 *
 * <p>Let {@code c*} be the most visited child (ties: lowest index) and {@code N} the root's
 * visits. Its PUCT value is {@code S* = Q* + cPuct * P* * sqrt(N) / (1 + n*)}. For every other
 * child {@code c} with {@code n} visits:
 * <ul>
 *   <li>{@code want} = the visits at which its PUCT value would equal {@code S*}: {@code cPuct *
 *       P * sqrt(N) / (S* - Q) - 1} (infinite when {@code S* <= Q});
 *   <li>{@code forced = sqrt(k * P * total child visits)};
 *   <li>if {@code n <= want} it keeps {@code n}; otherwise it keeps {@code max(n -
 *       floor(forced), floor(want) + 1)}: at most the forced playouts are removed, and only while
 *       its PUCT value stays below {@code S*};
 *   <li>a child that this reduces to 1 playout or fewer is pruned to 0 (children that kept
 *       all their playouts stay, even with 1).
 * </ul>
 * {@code c*} keeps all its visits.
 */
final class PolicyTargetPruning {

  private PolicyTargetPruning() {}

  /**
   * Returns the pruned counts (a new array; same order as {@code visits}).
   *
   * @param visits the root children's visits
   * @param priors the priors the search used at the root (with noise, if any)
   * @param q the children's mean values for the side to move at the root (any value if n = 0)
   * @param cPuct the search's exploration constant
   * @param rootVisits the root's visits N (the search's {@code sqrt(N)})
   * @param forcedCoefficient k of the forced playouts
   */
  static int[] prune(int[] visits, float[] priors, double[] q, double cPuct, int rootVisits,
      double forcedCoefficient) {
    int count = visits.length;
    int[] pruned = visits.clone();
    if (count == 0) {
      return pruned;
    }
    int best = 0;
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += visits[i];
      if (visits[i] > visits[best]) {
        best = i;
      }
    }
    double explore = cPuct * Math.sqrt(rootVisits);
    double bestScore = q[best] + explore * priors[best] / (1 + visits[best]);
    for (int i = 0; i < count; i++) {
      int n = visits[i];
      if (i == best || n == 0) {
        continue;
      }
      double gap = bestScore - q[i];
      if (gap <= 0) {
        continue;
      }
      double want = explore * priors[i] / gap - 1;
      if (n > want) {
        double forced = Math.sqrt(forcedCoefficient * priors[i] * total);
        long floorWant = (long) Math.floor(Math.max(want, -1));
        int kept = (int) Math.min(n, Math.max(n - (long) Math.floor(forced), floorWant + 1));
        pruned[i] = kept < n && kept <= 1 ? 0 : kept;
      }
    }
    return pruned;
  }
}
