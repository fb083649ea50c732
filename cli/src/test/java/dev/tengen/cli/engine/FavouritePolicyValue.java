package dev.tengen.cli.engine;

import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scripted evaluator for tests: all prior mass on the first legal action of a preference list
 * (uniform over the legal moves when none is legal), value 0. A search over it plays the
 * preferred move, so tests can assert exact moves.
 */
public final class FavouritePolicyValue implements PolicyValue {
  private final int[] preference;

  /** @param preference actions in order of preference */
  public FavouritePolicyValue(int... preference) {
    this.preference = preference.clone();
  }

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    return new Batch(boardSize, capacity);
  }

  private final class Batch implements EvalBatch {
    private final int numActions;
    private final int capacity;
    private final List<float[]> priors = new ArrayList<>();

    Batch(int boardSize, int capacity) {
      this.numActions = boardSize * boardSize + 1;
      this.capacity = capacity;
    }

    @Override
    public int capacity() {
      return capacity;
    }

    @Override
    public int size() {
      return priors.size();
    }

    @Override
    public int add(Game game) {
      boolean[] legal = new boolean[numActions];
      int count = game.legalActions(legal);
      float[] p = new float[numActions];
      int favourite = -1;
      for (int action : preference) {
        if (action < numActions && legal[action]) {
          favourite = action;
          break;
        }
      }
      if (favourite >= 0) {
        p[favourite] = 1;
      } else {
        for (int a = 0; a < numActions; a++) {
          p[a] = legal[a] ? 1f / count : 0;
        }
      }
      priors.add(p);
      return priors.size() - 1;
    }

    @Override
    public void evaluate() {}

    @Override
    public void priors(int slot, float[] out) {
      float[] p = priors.get(slot);
      System.arraycopy(p, 0, out, 0, p.length);
    }

    @Override
    public float value(int slot) {
      return 0;
    }

    @Override
    public void clear() {
      priors.clear();
    }

    @Override
    public String toString() {
      return "FavouriteBatch" + Arrays.toString(preference);
    }
  }
}
