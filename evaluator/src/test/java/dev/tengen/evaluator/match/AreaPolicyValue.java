package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;

/**
 * A stand-in network for tests: uniform priors over the legal moves and, as value, {@code
 * tanh(area score for the side to move / 5)}. Enough signal for search to beat a random player
 * without any Deeplearning4j. {@link #newBatch} may be called from any thread.
 */
final class AreaPolicyValue implements PolicyValue {

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
        int count = 0;
        for (int a = 0; a < actions; a++) {
          count += legal[slot][a] ? 1 : 0;
        }
        for (int a = 0; a < actions; a++) {
          out[a] = legal[slot][a] ? 1f / count : 0f;
        }
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
