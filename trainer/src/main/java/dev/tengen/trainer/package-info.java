/**
 * The trainer stage: tails the games queue into a sliding replay window of the newest positions,
 * samples uniform minibatches with a random board symmetry per sample, trains the policy-value
 * network (policy cross-entropy + value loss + L2, a learning-rate schedule), keeps the ratio of
 * trained samples to generated positions, and every K steps writes an atomic checkpoint,
 * announces it as a candidate on the model queue and deletes the checkpoints of rejected
 * candidates outside the newest few ({@link dev.tengen.trainer.CheckpointPruner}).
 *
 * <p>Depends on {@code games} (replaying positions), {@code network} (features, symmetries, the
 * training step, checkpoints) and {@code selfplay} (game records, the games and model queues).
 * The entry point is {@link dev.tengen.trainer.Trainer}; its knobs are
 * {@link dev.tengen.trainer.TrainerParams}. Crash recovery: a restarted trainer resumes from
 * the last complete checkpoint and rebuilds the identical window from the queue (see the
 * module's README).
 */
package dev.tengen.trainer;
