package dev.tengen.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to resume training or to play: metadata, every parameter (batch-norm running
 * statistics included) and the optimizer's state. Written and read by {@link CheckpointFile}.
 *
 * @param metadata what the checkpoint says about itself; its config matches the parameters'
 * @param parameters the network's parameters (owned by this checkpoint; copy before training)
 * @param optimizerState the Nesterov velocity per trainable parameter, by name (read-only)
 */
public record Checkpoint(
    CheckpointMetadata metadata, NetworkParameters parameters, Map<String, float[]> optimizerState) {

  public Checkpoint {
    if (!metadata.config().equals(parameters.config())) {
      throw new IllegalArgumentException("metadata config " + metadata.config()
          + " differs from the parameters' " + parameters.config());
    }
    optimizerState = Collections.unmodifiableMap(new LinkedHashMap<>(optimizerState));
  }

  /** A fast inference model (BN folded) of these parameters, for self-play and evaluation. */
  public InferenceModel inferenceModel() {
    return InferenceModel.of(parameters);
  }
}
