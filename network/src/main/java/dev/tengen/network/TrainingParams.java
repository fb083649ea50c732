package dev.tengen.network;

/**
 * Hyperparameters of a training step. Not stored in checkpoints: the trainer's config owns them
 * and may change them between runs (the optimizer's momentum buffers are stored).
 *
 * @param schedule learning rate by step
 * @param momentum Nesterov momentum coefficient in [0, 1)
 * @param l2 weight decay: {@code l2 × Σ w²} over kernels and dense matrices is added to the loss
 * @param ownershipWeight weight of the ownership loss in the total
 * @param batchNormMomentum running statistics keep this share of their old value each step, in [0, 1)
 */
public record TrainingParams(
    LearningRateSchedule schedule,
    double momentum,
    double l2,
    double ownershipWeight,
    double batchNormMomentum) {

  /**
   * SGD, Nesterov momentum 0.9, L2 1e-4, ownership weight 0.5, BN momentum 0.99, and a step
   * schedule 0.02 → 0.002 at step 100k → 0.0002 at 200k (AlphaGo Zero's shape, scaled to 256
   * batches).
   */
  public static final TrainingParams DEFAULT = new TrainingParams(
      new LearningRateSchedule(new long[] {100_000, 200_000}, new double[] {0.02, 0.002, 0.0002}),
      0.9, 1e-4, 0.5, 0.99);

  public TrainingParams {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule is null");
    }
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), was " + momentum);
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be non-negative and finite, was " + l2);
    }
    if (!(ownershipWeight >= 0) || Double.isInfinite(ownershipWeight)) {
      throw new IllegalArgumentException(
          "ownershipWeight must be non-negative and finite, was " + ownershipWeight);
    }
    if (!(batchNormMomentum >= 0 && batchNormMomentum < 1)) {
      throw new IllegalArgumentException(
          "batchNormMomentum must be in [0, 1), was " + batchNormMomentum);
    }
  }

  /** These parameters with another schedule. */
  public TrainingParams withSchedule(LearningRateSchedule newSchedule) {
    return new TrainingParams(newSchedule, momentum, l2, ownershipWeight, batchNormMomentum);
  }
}
