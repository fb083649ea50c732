package dev.tengen.trainer;

import dev.tengen.games.Game;
import dev.tengen.network.Symmetries;
import dev.tengen.network.TrainingBatch;
import dev.tengen.network.TrainingSampleWriter;
import java.util.SplittableRandom;

/**
 * Draws training minibatches from the replay window: rows uniformly at random (with
 * replacement, so every row in the window is equally likely at every step whatever its age), and
 * for each row one of the 8 board symmetries uniformly at random. Each row is replayed from its
 * game's moves to rebuild the position with its history, then encoded by the network's
 * {@link TrainingSampleWriter} (features, legal mask, and the symmetry applied to features, policy
 * target and ownership together). A value-only row (a fast-search move) is written with policy
 * weight 0 and no policy target, so it trains the value and ownership heads only.
 *
 * <p>Deterministic: the batch of step {@code s} depends only on the window's contents, the run's
 * seed and {@code s} ({@link #randomFor}), so a resumed trainer draws exactly the batches an
 * uninterrupted one would have. Owned by one thread; reuses its buffers.
 *
 * <p>Cost per sample: one {@link Game} allocation and a replay of the row's plies (on average half
 * a game), plus the feature encoding; a few microseconds on 9x9, against milliseconds of training
 * per sample.
 */
public final class MinibatchSampler {
  private final TrainingSampleWriter writer;
  private final float[] policy;
  private final float[] ownership;
  private final WindowGame[] found = new WindowGame[1];

  public MinibatchSampler(int boardSize) {
    this.writer = new TrainingSampleWriter(boardSize);
    this.policy = new float[boardSize * boardSize + 1];
    this.ownership = new float[boardSize * boardSize];
  }

  /** The random source of step {@code step}'s batch: a pure function of the seed and the step. */
  public static SplittableRandom randomFor(long seed, long step) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + step).split();
  }

  /**
   * Fills {@code batch} with {@code count} samples from {@code window}.
   *
   * @throws IllegalStateException if the window is empty
   */
  public void fill(ReplayWindow window, TrainingBatch batch, int count, SplittableRandom random) {
    long size = window.size();
    if (size == 0) {
      throw new IllegalStateException("cannot sample from an empty window");
    }
    for (int i = 0; i < count; i++) {
      long offset = random.nextLong(size);
      int symmetry = random.nextInt(Symmetries.COUNT);
      int row = window.locate(offset, found);
      WindowGame game = found[0];
      Game position = game.replay(row);
      float policyWeight = game.policyWeight(row);
      float[] policyTarget = null;
      if (policyWeight != 0f) {
        game.policy(row, policy);
        policyTarget = policy;
      }
      game.ownership(row, ownership);
      writer.write(batch, i, position, symmetry, policyTarget, game.value(row), ownership, 1f,
          policyWeight);
    }
    batch.setCount(count);
  }
}
