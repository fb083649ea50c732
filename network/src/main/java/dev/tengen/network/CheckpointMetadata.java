package dev.tengen.network;

/**
 * What a checkpoint says about itself: the network's shape and feature version, how far training
 * got, and where it came from.
 *
 * @param config the network shape, including {@link NetworkConfig#featureVersion()}
 * @param step training steps taken
 * @param parent id of the checkpoint this one was trained from (for the model lineage), or null
 * @param samplesSeen training samples consumed
 * @param trainingWallMillis wall-clock time spent training, milliseconds
 * @param createdAtMillis when it was made, milliseconds since the epoch
 */
public record CheckpointMetadata(
    NetworkConfig config,
    long step,
    String parent,
    long samplesSeen,
    long trainingWallMillis,
    long createdAtMillis) {

  public CheckpointMetadata {
    if (config == null) {
      throw new IllegalArgumentException("config is null");
    }
    if (step < 0 || samplesSeen < 0 || trainingWallMillis < 0) {
      throw new IllegalArgumentException("negative counter in checkpoint metadata: step " + step
          + ", samplesSeen " + samplesSeen + ", trainingWallMillis " + trainingWallMillis);
    }
  }

  public static CheckpointMetadata of(NetworkConfig config, long step, String parent,
      long samplesSeen, long trainingWallMillis, long createdAtMillis) {
    return new CheckpointMetadata(
        config, step, parent, samplesSeen, trainingWallMillis, createdAtMillis);
  }

  public int featureVersion() {
    return config.featureVersion();
  }

  public int boardSize() {
    return config.boardSize();
  }
}
