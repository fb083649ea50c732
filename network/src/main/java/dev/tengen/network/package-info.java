/**
 * The neural network of Tengen, on ND4J/SameDiff: input {@link dev.tengen.network.Features}
 * (versioned) and their {@link dev.tengen.network.FeatureEncoder}, the 8 board
 * {@link dev.tengen.network.Symmetries}, the residual policy-value net
 * ({@link dev.tengen.network.NetworkGraphs}: a training graph with batch norm from primitive ops
 * and a fast inference graph with batch norm folded into the convolutions),
 * {@link dev.tengen.network.TrainableNetwork} (SGD steps), {@link dev.tengen.network.InferenceModel}
 * (frozen, thread-safe evaluation), the cross-thread {@link dev.tengen.network.InferenceService}
 * batcher, {@link dev.tengen.network.NetworkPolicyValue} (search's
 * {@link dev.tengen.mcts.PolicyValue} on top of them) and atomic, checksummed
 * {@link dev.tengen.network.CheckpointFile checkpoints}.
 *
 * <p>Depends on {@code games} (the {@code Game} API), {@code mcts} (only its PolicyValue and
 * EvalBatch interfaces) and ND4J. Nothing here knows about queues, self-play or training loops.
 */
package dev.tengen.network;
