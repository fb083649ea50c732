package dev.tengen.evaluator.match;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import java.util.Random;

/**
 * A scripted "strong" player for tests: tries every legal move that does not fill its own eye,
 * keeps the one that leaves the best Tromp-Taylor area score for itself, less a penalty when the
 * move leaves its own chain in atari (ties broken at random), and passes when there is none. Far stronger than {@link RandomPlayer} on small boards.
 */
final class GreedyPlayer extends InProcessPlayer {

  /** Points a move that leaves its own chain in atari costs, beyond its area. */
  private static final double SELF_ATARI_PENALTY = 4;

  private final Random random;

  GreedyPlayer(String name, Random random) {
    super(name);
    this.random = random;
  }

  @Override
  protected PlayerMove choose(Game position) {
    Color me = position.toMove();
    int size = position.size();
    boolean[] mask = new boolean[position.numActions()];
    position.legalActions(mask);
    int best = Actions.pass(size);
    double bestScore = Double.NEGATIVE_INFINITY;
    int ties = 0;
    for (int a = 0; a < size * size; a++) {
      if (!mask[a] || RandomPlayer.fillsOwnEye(position, a, size)) {
        continue;
      }
      position.play(a);
      double s = me == Color.BLACK ? position.areaScore() : -position.areaScore();
      if (position.liberties(a) == 1) {
        s -= SELF_ATARI_PENALTY; // the opponent captures next move
      }
      position.undo();
      if (s > bestScore) {
        bestScore = s;
        best = a;
        ties = 1;
      } else if (s == bestScore && random.nextInt(++ties) == 0) {
        best = a;
      }
    }
    return PlayerMove.of(best);
  }

  static Contestant contestant(String name, long seed) {
    return new Contestant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Player open(int worker) {
        return new GreedyPlayer(name, new Random(seed + 1000L * worker));
      }
    };
  }
}
