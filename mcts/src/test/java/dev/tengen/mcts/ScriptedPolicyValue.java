package dev.tengen.mcts;

import dev.tengen.games.Game;
import dev.tengen.games.Move;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test evaluator: a {@link Script} computes priors and value from the position when it is added
 * (the game changes right after). Records every batch's positions (as their move lists) so tests
 * can inspect what the search sent.
 */
final class ScriptedPolicyValue implements PolicyValue {

  /** Fills {@code priors} (any non-negative weights; normalized over legal moves) and returns the value. */
  interface Script {
    float evaluate(Game game, boolean[] legal, float[] priors);
  }

  private final Script script;
  final List<List<List<Move>>> batches = new ArrayList<>();
  int positionsEvaluated;

  ScriptedPolicyValue(Script script) {
    this.script = script;
  }

  /** Uniform priors; value = the area score for the side to move divided by {@code scale}, clamped. */
  static ScriptedPolicyValue rulesReader(double scale) {
    return new ScriptedPolicyValue((game, legal, priors) -> {
      Arrays.fill(priors, 1f);
      double forBlack = game.areaScore() / scale;
      double v = game.toMoveStone() == dev.tengen.games.Stone.BLACK ? forBlack : -forBlack;
      return (float) Math.max(-1, Math.min(1, v));
    });
  }

  /** Value 0 everywhere; priors from {@code weights} (by action), others {@code rest}. */
  static ScriptedPolicyValue flatValue(float[] weights) {
    return new ScriptedPolicyValue((game, legal, priors) -> {
      System.arraycopy(weights, 0, priors, 0, Math.min(weights.length, priors.length));
      return 0f;
    });
  }

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    return new Batch(boardSize, capacity);
  }

  private final class Batch implements EvalBatch {
    private final int numActions;
    private final float[][] priors;
    private final float[] values;
    private final boolean[] legal;
    private List<List<Move>> current = new ArrayList<>();
    private int size;
    private boolean evaluated;

    Batch(int boardSize, int capacity) {
      numActions = boardSize * boardSize + 1;
      priors = new float[capacity][numActions];
      values = new float[capacity];
      legal = new boolean[numActions];
    }

    @Override
    public int capacity() {
      return priors.length;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int add(Game game) {
      if (evaluated || size == priors.length) {
        throw new IllegalStateException("batch evaluated or full");
      }
      int count = game.legalActions(legal);
      float[] p = priors[size];
      Arrays.fill(p, 0f);
      values[size] = script.evaluate(game, legal, p);
      double sum = 0;
      for (int a = 0; a < numActions; a++) {
        if (!legal[a]) {
          p[a] = 0;
        }
        sum += p[a];
      }
      for (int a = 0; a < numActions; a++) {
        p[a] = sum > 0 ? (float) (p[a] / sum) : legal[a] ? 1f / count : 0f;
      }
      current.add(game.moves());
      return size++;
    }

    @Override
    public void evaluate() {
      evaluated = true;
      positionsEvaluated += size;
      batches.add(current);
      current = new ArrayList<>();
    }

    @Override
    public void priors(int slot, float[] out) {
      System.arraycopy(priors[slot], 0, out, 0, numActions);
    }

    @Override
    public float value(int slot) {
      return values[slot];
    }

    @Override
    public void clear() {
      size = 0;
      evaluated = false;
      current.clear();
    }
  }
}
