package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PolicyTargetPruningTest {

  /**
   * cPuct 1, root visits N = 100 (sqrt 10), k = 2, children visits sum to 99.
   *
   * <pre>
   * best: n 60, P .5,  Q .2  : S* = .2 + 10 * .5 / 61 = .281967
   * c1:   n 20, P .3,  Q .1  : want = 3 / .181967 - 1 = 15.49; forced = sqrt(.6 * 99) = 7.71
   *                            kept = max(20 - 7, 15 + 1) = 16
   * c2:   n 15, P .1,  Q .15 : want = 1 / .131967 - 1 = 6.58; forced = sqrt(.2 * 99) = 4.45
   *                            kept = max(15 - 4, 6 + 1) = 11
   * c3:   n 3,  P .05, Q -.5 : want = .5 / .781967 - 1 = -0.36; forced = sqrt(.1 * 99) = 3.15
   *                            kept = max(3 - 3, -1 + 1) = 0 -> pruned
   * c4:   n 1,  P .05, Q .3  : S* - Q < 0, PUCT wants it: keeps 1
   * c5:   n 0                : stays 0
   * </pre>
   */
  @Test
  void prunesExactlyWhatTheFormulaSays() {
    int[] visits = {60, 20, 15, 3, 1, 0};
    float[] priors = {0.5f, 0.3f, 0.1f, 0.05f, 0.05f, 0f};
    double[] q = {0.2, 0.1, 0.15, -0.5, 0.3, 0};
    int[] pruned = PolicyTargetPruning.prune(visits, priors, q, 1.0, 100, 2.0);
    assertArrayEquals(new int[] {60, 16, 11, 0, 1, 0}, pruned);
  }

  /** A child reduced from 2 to 1 playout is pruned outright; the best child never changes. */
  @Test
  void childReducedToOnePlayoutIsPruned() {
    // best: n 8, P .5, Q 0: S* = 0 + 3 * .5 / 9 = .1667 (N = 9, sqrt 3, cPuct 1)
    // c1: n 2, P .1, Q -.5: want = .3 / .6667 - 1 = -0.55; forced = sqrt(2 * .1 * 10) = 1.41
    //     kept = max(2 - 1, -1 + 1) = 1 -> reduced to 1 -> 0
    int[] pruned = PolicyTargetPruning.prune(
        new int[] {8, 2}, new float[] {0.5f, 0.1f}, new double[] {0, -0.5}, 1.0, 9, 2.0);
    assertArrayEquals(new int[] {8, 0}, pruned);
  }
}
