package dev.tengen.evaluator.match;

/** Test players visible to other test packages. */
public final class TestPlayers {

  private TestPlayers() {}

  /** The scripted greedy player (see {@link GreedyPlayer}) as a contestant. */
  public static Contestant greedy(String name, long seed) {
    return GreedyPlayer.contestant(name, seed);
  }
}
