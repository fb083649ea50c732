package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;

/**
 * A stand-in network for tests: uniform priors over the legal moves (or, for {@link
 * #distinctPriors()}, priors growing with the action index, so that search never meets a tie
 * and plays deterministically, as a real network does) and, as value, {@code tanh(area score for
 * the side to move / 5)}. Enough signal for search to beat a random player without any
 * Deeplearning4j. {@link #newBatch} may be called from any thread.
 */
final class AreaPolicyValue implements PolicyValue {
  private final boolean distinct;

  /** Uniform priors. */
  AreaPolicyValue() {
    this(false);
  }

  private AreaPolicyValue(boolean distinct) {
    this.distinct = distinct;
  }

  /** Priors proportional to {@code 1 + action / 100} over the legal moves: no two alike. */
  static AreaPolicyValue distinctPriors() {
    return new AreaPolicyValue(true);
  }

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    int actions = boardSize * boardSize + 1;
    return new EvalBatch() {
      private final boolean[][] legal = new boolean[capacity][actions];
      private final float[] values = new float[capacity];
      private int size;

      @Override
      public int capacity() {
        return capacity;
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public int add(Game game) {
        if (size == capacity) {
          throw new IllegalStateException("batch full");
        }
        game.legalActions(legal[size]);
        double score = game.toMove() == Color.BLACK ? game.areaScore() : -game.areaScore();
        values[size] = (float) Math.tanh(score / 5);
        return size++;
      }

      @Override
      public void evaluate() {}

      @Override
      public void priors(int slot, float[] out) {
        double total = 0;
        for (int a = 0; a < actions; a++) {
          total += legal[slot][a] ? weight(a) : 0;
        }
        for (int a = 0; a < actions; a++) {
          out[a] = legal[slot][a] ? (float) (weight(a) / total) : 0f;
        }
      }

      private double weight(int action) {
        return distinct ? 1 + action / 100.0 : 1;
      }

      @Override
      public float value(int slot) {
        return values[slot];
      }

      @Override
      public void clear() {
        size = 0;
      }
    };
  }
}
