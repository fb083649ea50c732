package dev.tengen.mcts;

/**
 * The only thing search knows of a neural network: something that evaluates positions in
 * batches, giving move priors and a value for each.
 *
 * <p>Search code obtains an {@link EvalBatch} per thread, adds the leaf positions it wants
 * evaluated (each is encoded at once, so the caller may keep playing and undoing on the same
 * {@code Game}), and evaluates them together. Implementations: {@link UniformPolicyValue} here,
 * fake and scripted ones in tests, and the ND4J network in the {@code network} module, which
 * also merges the batches of many threads into one network call.
 *
 * <p>Implementations document whether {@link #newBatch} may be called from several threads; the
 * batches themselves are owned by one thread each.
 */
public interface PolicyValue {

  /**
   * Returns a new, empty, reusable buffer for up to {@code capacity} positions on boards of
   * {@code boardSize}.
   *
   * @throws IllegalArgumentException if the board size is not one this evaluator supports or
   *     the capacity is not positive
   */
  EvalBatch newBatch(int boardSize, int capacity);
}
