package dev.tengen.mcts;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one finished search gives the caller, per move: what to play and what to train on.
 *
 * @param action the chosen action (index as in {@code dev.tengen.games.Actions})
 * @param fullSearch whether this was a full search (its policy target is for training) or a fast
 *     one (playout cap randomization: value target only)
 * @param rootValue the root's mean value for the side to move, in [-1, 1]
 * @param rootVisits the root's visits (including those kept from tree reuse)
 * @param policyTarget the root's visit counts after policy target pruning
 * @param principalVariation the most visited line from the root (copied in and out)
 */
public record SearchResult(
    int action,
    boolean fullSearch,
    double rootValue,
    int rootVisits,
    PolicyTarget policyTarget,
    int[] principalVariation) {

  /** @throws NullPointerException if a reference is null */
  public SearchResult {
    Objects.requireNonNull(policyTarget, "policyTarget");
    principalVariation = principalVariation.clone();
  }

  @Override
  public int[] principalVariation() {
    return principalVariation.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchResult r
        && action == r.action
        && fullSearch == r.fullSearch
        && Double.compare(rootValue, r.rootValue) == 0
        && rootVisits == r.rootVisits
        && policyTarget.equals(r.policyTarget)
        && Arrays.equals(principalVariation, r.principalVariation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, fullSearch, rootValue, rootVisits, policyTarget,
        Arrays.hashCode(principalVariation));
  }

  @Override
  public String toString() {
    return "SearchResult[action=" + action + ", full=" + fullSearch + ", rootValue=" + rootValue
        + ", rootVisits=" + rootVisits + ", target=" + policyTarget + ", pv="
        + Arrays.toString(principalVariation) + "]";
  }
}
