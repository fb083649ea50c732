package dev.tengen.selfplay.actor;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;

/**
 * A scripted evaluator: uniform priors over the legal moves, and a fixed value for each colour
 * to move (e.g. White always believes it is lost), to drive resignation deterministically.
 */
final class ColourValuePolicyValue implements PolicyValue {

  private final float blackValue;
  private final float whiteValue;

  ColourValuePolicyValue(float blackValue, float whiteValue) {
    this.blackValue = blackValue;
    this.whiteValue = whiteValue;
  }

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    int numActions = boardSize * boardSize + 1;
    return new EvalBatch() {
      private final boolean[][] legal = new boolean[capacity][numActions];
      private final int[] legalCount = new int[capacity];
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
        legalCount[size] = game.legalActions(legal[size]);
        values[size] = game.toMove() == Color.BLACK ? blackValue : whiteValue;
        return size++;
      }

      @Override
      public void evaluate() {}

      @Override
      public void priors(int slot, float[] out) {
        float p = 1f / legalCount[slot];
        for (int a = 0; a < numActions; a++) {
          out[a] = legal[slot][a] ? p : 0f;
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
