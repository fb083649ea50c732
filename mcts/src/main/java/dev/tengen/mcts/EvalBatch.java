package dev.tengen.mcts;

import dev.tengen.games.Game;

/**
 * A reusable buffer of positions to evaluate together, owned by one thread.
 *
 * <p>Life cycle: {@link #add} positions (up to {@link #capacity()}), {@link #evaluate()} once,
 * read {@link #priors} and {@link #value} by slot, then {@link #clear()} and start again.
 */
public interface EvalBatch {

  /** The most positions this batch holds. */
  int capacity();

  /** The positions added since the last {@link #clear()}. */
  int size();

  /**
   * Captures (encodes) the game's current position now and returns its slot, from 0 upwards in
   * the order of adding. The game may be changed as soon as this returns.
   *
   * @throws IllegalStateException if the batch is full, or was evaluated and not cleared
   * @throws IllegalArgumentException if the game's board size is not the batch's
   */
  int add(Game game);

  /** Evaluates every added position; blocks until done. Evaluating an empty batch does nothing. */
  void evaluate();

  /**
   * After {@link #evaluate()}: writes the move priors of the position in {@code slot} into
   * {@code out[0 .. numActions)}, where numActions is {@code size * size + 1} (pass last).
   * Illegal actions get exactly 0; the rest sum to 1.
   *
   * <p>{@link Search} creates one child per action with a positive prior and does not compute
   * legality again, so: a positive prior on an illegal move is an error the search reports
   * ({@code IllegalStateException} when it tries the move), and a legal move whose prior is
   * exactly 0 (e.g. a softmax underflow) is never searched. Implementations that want every
   * legal move searchable should floor legal priors at a tiny positive value.
   */
  void priors(int slot, float[] out);

  /**
   * After {@link #evaluate()}: the expected result in [-1, 1] for the player to move in the
   * position in {@code slot} (1 = certain win).
   */
  float value(int slot);

  /** Empties the batch for reuse. */
  void clear();
}
