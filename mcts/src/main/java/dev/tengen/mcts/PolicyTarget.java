package dev.tengen.mcts;

import java.util.Arrays;

/**
 * The sparse policy training target of one move: the root's children that kept visits after
 * policy target pruning, as actions (ascending) and visit counts (all positive).
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public record PolicyTarget(int[] actions, int[] counts) {

  /**
   * @throws IllegalArgumentException if the arrays differ in length, an action repeats or is out
   *     of order, or a count is not positive
   */
  public PolicyTarget {
    if (actions.length != counts.length) {
      throw new IllegalArgumentException(
          "actions (" + actions.length + ") and counts (" + counts.length + ") differ in length");
    }
    actions = actions.clone();
    counts = counts.clone();
    for (int i = 0; i < actions.length; i++) {
      if (counts[i] <= 0) {
        throw new IllegalArgumentException("count of action " + actions[i] + " is " + counts[i]);
      }
      if (i > 0 && actions[i] <= actions[i - 1]) {
        throw new IllegalArgumentException("actions must ascend: " + Arrays.toString(actions));
      }
    }
  }

  /** Keeps the actions whose count is positive (the actions need not be sorted). */
  static PolicyTarget fromCounts(int[] actions, int[] counts) {
    int n = 0;
    for (int c : counts) {
      if (c > 0) {
        n++;
      }
    }
    long[] packed = new long[n];
    int k = 0;
    for (int i = 0; i < actions.length; i++) {
      if (counts[i] > 0) {
        packed[k++] = ((long) actions[i] << 32) | counts[i];
      }
    }
    Arrays.sort(packed);
    int[] a = new int[n];
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = (int) (packed[i] >>> 32);
      c[i] = (int) packed[i];
    }
    return new PolicyTarget(a, c);
  }

  @Override
  public int[] actions() {
    return actions.clone();
  }

  @Override
  public int[] counts() {
    return counts.clone();
  }

  /** Number of actions with a positive count. */
  public int size() {
    return actions.length;
  }

  /** The action at position {@code i} (ascending order). */
  public int action(int i) {
    return actions[i];
  }

  /** The count at position {@code i}. */
  public int count(int i) {
    return counts[i];
  }

  /** The sum of the counts. */
  public long total() {
    long t = 0;
    for (int c : counts) {
      t += c;
    }
    return t;
  }

  /** The count of {@code action}, 0 if absent. */
  public int countOf(int action) {
    int i = Arrays.binarySearch(actions, action);
    return i >= 0 ? counts[i] : 0;
  }

  /** The dense distribution over {@code numActions} actions: counts divided by their total. */
  public float[] probabilities(int numActions) {
    float[] p = new float[numActions];
    double total = total();
    for (int i = 0; i < actions.length; i++) {
      p[actions[i]] = (float) (counts[i] / total);
    }
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyTarget t
        && Arrays.equals(actions, t.actions) && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(actions) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PolicyTarget[");
    for (int i = 0; i < actions.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(actions[i]).append('=').append(counts[i]);
    }
    return sb.append(']').toString();
  }
}
