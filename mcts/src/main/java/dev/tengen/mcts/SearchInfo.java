package dev.tengen.mcts;

import dev.tengen.games.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of the root's statistics, e.g. for GTP {@code lz-analyze} or logs.
 *
 * @param toMove the side to move at the root; every value below is from its point of view
 * @param rootVisits visits of the root
 * @param rootValue the root's mean value in [-1, 1]
 * @param children the visited children, most visited first (ties: higher prior first)
 */
public record SearchInfo(Color toMove, int rootVisits, double rootValue, List<ChildInfo> children) {

  /** Copies the list. */
  public SearchInfo {
    Objects.requireNonNull(toMove, "toMove");
    children = List.copyOf(children);
  }

  /** The root's winrate in [0, 1]: {@code (rootValue + 1) / 2}. */
  public double rootWinrate() {
    return (rootValue + 1) / 2;
  }

  /**
   * One child of the root.
   *
   * @param action the move
   * @param visits its visits
   * @param value its mean value for the side to move at the root, in [-1, 1]
   * @param prior its prior before root noise
   * @param lcb its lower confidence bound on {@code value} (see {@link SearchParams#lcbStdevs()})
   * @param pv the principal variation starting with this move (copied in and out)
   */
  public record ChildInfo(int action, int visits, double value, float prior, double lcb, int[] pv) {

    /** Copies the line. */
    public ChildInfo {
      pv = pv.clone();
    }

    @Override
    public int[] pv() {
      return pv.clone();
    }

    /** {@code (value + 1) / 2}: the winrate lz-analyze prints (times 10000). */
    public double winrate() {
      return (value + 1) / 2;
    }

    /** The LCB on the winrate scale, {@code (lcb + 1) / 2}, clamped to [0, 1] (lz-analyze's lcb). */
    public double lcbWinrate() {
      return Math.max(0, Math.min(1, (lcb + 1) / 2));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ChildInfo c
          && action == c.action && visits == c.visits
          && Double.compare(value, c.value) == 0 && Float.compare(prior, c.prior) == 0
          && Double.compare(lcb, c.lcb) == 0 && Arrays.equals(pv, c.pv);
    }

    @Override
    public int hashCode() {
      return Objects.hash(action, visits, value, prior, lcb, Arrays.hashCode(pv));
    }

    @Override
    public String toString() {
      return "ChildInfo[action=" + action + ", visits=" + visits + ", value=" + value
          + ", prior=" + prior + ", lcb=" + lcb + ", pv=" + Arrays.toString(pv) + "]";
    }
  }
}
