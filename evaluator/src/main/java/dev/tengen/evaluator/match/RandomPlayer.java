package dev.tengen.evaluator.match;

import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import java.util.Random;

/**
 * Plays uniformly at random among the legal moves that do not fill one of its own single-point
 * eyes (every on-board neighbour its own stone), and passes when there is none: the usual
 * weakest baseline, the same policy as {@code oracle/random_engine.py}.
 */
public final class RandomPlayer extends InProcessPlayer {

  private final Random random;
  private boolean[] mask = new boolean[0];
  private int[] candidates = new int[0];

  /**
   * @param name the player's name
   * @param random the source of randomness (seeded by the caller)
   */
  public RandomPlayer(String name, Random random) {
    super(name);
    this.random = random;
  }

  @Override
  protected PlayerMove choose(Game position) {
    int n = position.numActions();
    if (mask.length != n) {
      mask = new boolean[n];
      candidates = new int[n];
    }
    position.legalActions(mask);
    int size = position.size();
    int count = 0;
    for (int a = 0; a < n - 1; a++) {
      if (mask[a] && !fillsOwnEye(position, a, size)) {
        candidates[count++] = a;
      }
    }
    return PlayerMove.of(count == 0 ? Actions.pass(size) : candidates[random.nextInt(count)]);
  }

  /** True when every on-board neighbour of {@code a} is a stone of the side to move. */
  static boolean fillsOwnEye(Game position, int a, int size) {
    int own = position.toMoveStone();
    int x = Actions.x(a, size);
    int y = Actions.y(a, size);
    return (x == 0 || position.stoneAt(a - 1) == own)
        && (x == size - 1 || position.stoneAt(a + 1) == own)
        && (y == 0 || position.stoneAt(a - size) == own)
        && (y == size - 1 || position.stoneAt(a + size) == own);
  }

  /**
   * A contestant of random players; worker {@code w} draws from {@code new Random(seed + w)}.
   *
   * @param name the ladder name
   * @param seed the base seed
   */
  public static Contestant contestant(String name, long seed) {
    Names.check(name, "contestant name");
    return new Contestant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Player open(int worker) {
        return new RandomPlayer(name, new Random(seed + worker));
      }
    };
  }
}
