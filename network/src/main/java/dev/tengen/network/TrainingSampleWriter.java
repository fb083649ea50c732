package dev.tengen.network;

import dev.tengen.games.Game;

/**
 * Fills one sample of a {@link TrainingBatch} from a game position and its targets, applying one
 * of the 8 {@link Symmetries} to the features, legal mask, policy target and ownership together
 * (training augmentation: the trainer picks the symmetry at random, seeded).
 *
 * <p>One writer per thread and board size (it owns a {@link FeatureEncoder}); allocation-free.
 */
public final class TrainingSampleWriter {

  private final FeatureEncoder encoder;
  private final int size;

  public TrainingSampleWriter(int boardSize) {
    this.encoder = new FeatureEncoder(boardSize);
    this.size = boardSize;
  }

  /**
   * Writes sample {@code index} of {@code batch}, with policy weight 1 (a full-search sample).
   *
   * @param game the position, with its history, before the move was played
   * @param symmetry in [0, 8); 0 leaves the position as it is
   * @param policyTarget the visit distribution over {@code size² + 1} actions of the original
   *     (untransformed) position; must be 0 on illegal actions
   * @param valueTarget the game's result for the side to move, in [-1, 1]
   * @param ownershipTarget final ownership per point of the original position (+1 side to move,
   *     -1 opponent, 0 neutral), or null if unknown (then left out of the ownership loss)
   * @param weight the sample's weight in the losses (1 normally)
   * @throws IllegalArgumentException if the sizes differ or the index is outside the capacity
   */
  public void write(TrainingBatch batch, int index, Game game, int symmetry, float[] policyTarget,
      float valueTarget, float[] ownershipTarget, float weight) {
    write(batch, index, game, symmetry, policyTarget, valueTarget, ownershipTarget, weight, 1f);
  }

  /**
   * Writes sample {@code index} of {@code batch} with a policy weight: as
   * {@link #write(TrainingBatch, int, Game, int, float[], float, float[], float)}, and
   * {@code policyWeight} multiplies the sample's policy loss (see
   * {@link TrainingBatch#policyWeights()}). With {@code policyWeight} 0 the sample trains value
   * and ownership only and {@code policyTarget} may be null (its policy target is then all zeros).
   *
   * @throws IllegalArgumentException as the other overload, or if {@code policyTarget} is null
   *     with a non-zero policy weight
   */
  public void write(TrainingBatch batch, int index, Game game, int symmetry, float[] policyTarget,
      float valueTarget, float[] ownershipTarget, float weight, float policyWeight) {
    if (batch.boardSize() != size) {
      throw new IllegalArgumentException(
          "batch is for board size " + batch.boardSize() + ", writer for " + size);
    }
    if (index < 0 || index >= batch.capacity()) {
      throw new IllegalArgumentException(
          "sample index " + index + " outside [0, " + batch.capacity() + ")");
    }
    int points = size * size;
    int actions = points + 1;
    if (policyTarget == null && policyWeight != 0f) {
      throw new IllegalArgumentException(
          "policy target is null but the policy weight is " + policyWeight + ", not 0");
    }
    if (policyTarget != null && policyTarget.length < actions) {
      throw new IllegalArgumentException(
          "policy target has " + policyTarget.length + " values, needs " + actions);
    }
    encoder.encode(game, symmetry, batch.features(), index * encoder.featureLength(),
        batch.legal(), index * actions);
    if (policyTarget != null) {
      Symmetries.transformActions(
          policyTarget, 0, batch.policyTargets(), index * actions, size, symmetry);
    } else {
      java.util.Arrays.fill(batch.policyTargets(), index * actions, (index + 1) * actions, 0f);
    }
    batch.valueTargets()[index] = valueTarget;
    if (ownershipTarget != null) {
      if (ownershipTarget.length < points) {
        throw new IllegalArgumentException(
            "ownership target has " + ownershipTarget.length + " values, needs " + points);
      }
      Symmetries.transformPoints(
          ownershipTarget, 0, batch.ownershipTargets(), index * points, size, symmetry);
      batch.ownershipMask()[index] = 1f;
    } else {
      java.util.Arrays.fill(batch.ownershipTargets(), index * points, (index + 1) * points, 0f);
      batch.ownershipMask()[index] = 0f;
    }
    batch.weights()[index] = weight;
    batch.policyWeights()[index] = policyWeight;
  }
}
