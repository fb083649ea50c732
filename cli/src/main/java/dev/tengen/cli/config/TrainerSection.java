package dev.tengen.cli.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code tengen.trainer} section (without its {@code window} sub-section, which binds to the
 * trainer's {@code WindowSizing}): with {@code tengen.network} it makes the trainer module's
 * {@code TrainerParams} ({@link StageConfigs#trainer}), whose constructor checks the ranges.
 *
 * @param batchSize samples per training step
 * @param learningRateBoundaries steps at which the learning rate drops
 * @param learningRates one more rate than boundaries: the rate before the first, between, after
 * @param momentum Nesterov momentum in [0, 1)
 * @param l2 weight decay
 * @param ownershipWeight weight of the ownership loss
 * @param batchNormMomentum share of the old batch-norm statistics kept per step, in [0, 1)
 * @param samplesPerPosition training samples per new window position (the ratio control; 0 off)
 * @param bucketCapacity the most training credit, in samples, the ratio control banks
 * @param rootValueWeight weight of the search's root value in the value target, in [0, 1]
 * @param valueOnlyFastSearchPositions whether fast-search positions are value-only rows (policy
 *     weight 0) rather than skipped
 * @param checkpointEverySteps a checkpoint and a candidate every this many steps
 * @param pruneRejectedCheckpoints delete the checkpoints of rejected candidates after each
 *     checkpoint, except the newest {@code keepLatestCheckpoints}
 * @param keepLatestCheckpoints the trainer's newest checkpoints pruning always keeps (>= 2)
 * @param seed seed of the fresh net and of the minibatch sampling
 * @param skipUnreadableRecords skip (and count) a record that cannot be used, rather than stop
 * @param maxSteps stop after this many steps in total; 0: until stopped
 * @param pollInterval wait before looking at the queue again when there is nothing to do
 */
public record TrainerSection(int batchSize, List<Long> learningRateBoundaries,
    List<Double> learningRates, double momentum, double l2, double ownershipWeight,
    double batchNormMomentum, double samplesPerPosition, long bucketCapacity,
    double rootValueWeight, boolean valueOnlyFastSearchPositions, int checkpointEverySteps,
    boolean pruneRejectedCheckpoints, int keepLatestCheckpoints, long seed, boolean skipUnreadableRecords,
    long maxSteps, Duration pollInterval) {

  public TrainerSection {
    learningRateBoundaries = List.copyOf(learningRateBoundaries);
    learningRates = List.copyOf(learningRates);
  }
}
