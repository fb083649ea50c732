package dev.tengen.selfplay.actor;

import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import dev.tengen.mcts.PolicyValue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps a {@link PolicyValue} to add the time spent in {@link EvalBatch#evaluate()} (and the
 * number of positions evaluated) to counters: the network share of the actor's time.
 */
final class TimedPolicyValue implements PolicyValue {

  private final PolicyValue delegate;
  private final LongAdder nanos;
  private final LongAdder positions;

  TimedPolicyValue(PolicyValue delegate, LongAdder nanos, LongAdder positions) {
    this.delegate = delegate;
    this.nanos = nanos;
    this.positions = positions;
  }

  @Override
  public EvalBatch newBatch(int boardSize, int capacity) {
    EvalBatch batch = delegate.newBatch(boardSize, capacity);
    return new EvalBatch() {
      @Override
      public int capacity() {
        return batch.capacity();
      }

      @Override
      public int size() {
        return batch.size();
      }

      @Override
      public int add(Game game) {
        return batch.add(game);
      }

      @Override
      public void evaluate() {
        long start = System.nanoTime();
        batch.evaluate();
        nanos.add(System.nanoTime() - start);
        positions.add(batch.size());
      }

      @Override
      public void priors(int slot, float[] out) {
        batch.priors(slot, out);
      }

      @Override
      public float value(int slot) {
        return batch.value(slot);
      }

      @Override
      public void clear() {
        batch.clear();
      }
    };
  }
}
