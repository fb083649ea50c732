package dev.tengen.mcts;

import dev.tengen.games.Game;

/**
 * The evaluator that knows nothing: uniform priors over the legal moves and value 0. Useful for
 * tests, benchmarks of the search itself (zero network cost) and as a baseline player. {@link
 * #newBatch} may be called from any thread.
 */
public final class UniformPolicyValue implements PolicyValue {

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    if (boardSize < 2 || boardSize > 25) {
      throw new IllegalArgumentException("board size must be in [2, 25], got " + boardSize);
    }
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    return new Batch(boardSize, capacity);
  }

  private static final class Batch implements EvalBatch {
    private final int boardSize;
    private final int numActions;
    private final boolean[][] legal;
    private final int[] legalCount;
    private int size;
    private boolean evaluated;

    Batch(int boardSize, int capacity) {
      this.boardSize = boardSize;
      this.numActions = boardSize * boardSize + 1;
      this.legal = new boolean[capacity][numActions];
      this.legalCount = new int[capacity];
    }

    @Override
    public int capacity() {
      return legal.length;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int add(Game game) {
      if (evaluated) {
        throw new IllegalStateException("batch was evaluated; clear() it before adding");
      }
      if (size == legal.length) {
        throw new IllegalStateException("batch is full (" + legal.length + " positions)");
      }
      if (game.size() != boardSize) {
        throw new IllegalArgumentException(
            "game of size " + game.size() + " added to a batch for size " + boardSize);
      }
      legalCount[size] = game.legalActions(legal[size]);
      return size++;
    }

    @Override
    public void evaluate() {
      evaluated = true;
    }

    @Override
    public void priors(int slot, float[] out) {
      checkSlot(slot);
      float p = 1f / legalCount[slot];
      boolean[] mask = legal[slot];
      for (int a = 0; a < numActions; a++) {
        out[a] = mask[a] ? p : 0f;
      }
    }

    @Override
    public float value(int slot) {
      checkSlot(slot);
      return 0f;
    }

    @Override
    public void clear() {
      size = 0;
      evaluated = false;
    }

    private void checkSlot(int slot) {
      if (!evaluated) {
        throw new IllegalStateException("evaluate() the batch before reading results");
      }
      if (slot < 0 || slot >= size) {
        throw new IllegalArgumentException("slot " + slot + " not in [0, " + size + ")");
      }
    }
  }
}
