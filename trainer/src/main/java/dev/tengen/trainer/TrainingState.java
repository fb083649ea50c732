package dev.tengen.trainer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trainer's progress as a checkpoint records it, beside the weights and optimizer state:
 * enough to resume exactly where that checkpoint was taken and to rebuild the identical window.
 *
 * @param step training steps done
 * @param samplesSeen training samples done ({@code step * batchSize} unless the batch changed)
 * @param gamesConsumed games read from the queue into the window (records skipped as unreadable
 *     not included)
 * @param positionsConsumed rows added to the window over the run (its {@link ReplayWindow#endRow()})
 * @param lastQueueIndex index of the last games-queue record consumed, or -1 if none
 * @param windowFirstQueueIndex queue index of the oldest game the window holds, or -1 if empty
 * @param windowFirstRow global row number of that game's first row
 * @param windowDigest {@link ReplayWindow#digest()} at the checkpoint, verified on rebuild
 * @param bucketLevel the ratio control's credit, in samples
 * @param droppedCredit the ratio control's credit dropped so far, in samples
 * @param skippedRecords records skipped as unreadable (only when configured to skip)
 * @param seed the run's seed (sampling randomness is derived from it and the step)
 */
public record TrainingState(
    long step,
    long samplesSeen,
    long gamesConsumed,
    long positionsConsumed,
    long lastQueueIndex,
    long windowFirstQueueIndex,
    long windowFirstRow,
    long windowDigest,
    double bucketLevel,
    double droppedCredit,
    long skippedRecords,
    long seed) {

  /** The state of a run that has done nothing yet. */
  public static TrainingState fresh(long seed) {
    return new TrainingState(0, 0, 0, 0, -1, -1, 0, 0, 0, 0, 0, seed);
  }

  private static final String PREFIX = "trainer.";

  /** As string key-value pairs (keys prefixed {@code trainer.}) for a checkpoint's metadata. */
  public Map<String, String> toMetadata() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(PREFIX + "step", Long.toString(step));
    out.put(PREFIX + "samplesSeen", Long.toString(samplesSeen));
    out.put(PREFIX + "gamesConsumed", Long.toString(gamesConsumed));
    out.put(PREFIX + "positionsConsumed", Long.toString(positionsConsumed));
    out.put(PREFIX + "lastQueueIndex", Long.toString(lastQueueIndex));
    out.put(PREFIX + "windowFirstQueueIndex", Long.toString(windowFirstQueueIndex));
    out.put(PREFIX + "windowFirstRow", Long.toString(windowFirstRow));
    out.put(PREFIX + "windowDigest", Long.toHexString(windowDigest));
    out.put(PREFIX + "bucketLevel", Double.toString(bucketLevel));
    out.put(PREFIX + "droppedCredit", Double.toString(droppedCredit));
    out.put(PREFIX + "skippedRecords", Long.toString(skippedRecords));
    out.put(PREFIX + "seed", Long.toString(seed));
    return out;
  }

  /**
   * Reads the pairs written by {@link #toMetadata()}.
   *
   * @throws IllegalArgumentException naming the missing or malformed key
   */
  public static TrainingState fromMetadata(Map<String, String> metadata) {
    return new TrainingState(
        longValue(metadata, "step"),
        longValue(metadata, "samplesSeen"),
        longValue(metadata, "gamesConsumed"),
        longValue(metadata, "positionsConsumed"),
        longValue(metadata, "lastQueueIndex"),
        longValue(metadata, "windowFirstQueueIndex"),
        longValue(metadata, "windowFirstRow"),
        Long.parseUnsignedLong(text(metadata, "windowDigest"), 16),
        doubleValue(metadata, "bucketLevel"),
        doubleValue(metadata, "droppedCredit"),
        longValue(metadata, "skippedRecords"),
        longValue(metadata, "seed"));
  }

  private static String text(Map<String, String> metadata, String key) {
    String value = metadata.get(PREFIX + key);
    if (value == null) {
      throw new IllegalArgumentException("checkpoint metadata lacks " + PREFIX + key);
    }
    return value;
  }

  private static long longValue(Map<String, String> metadata, String key) {
    String value = text(metadata, key);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "checkpoint metadata " + PREFIX + key + " = '" + value + "' is not an integer", e);
    }
  }

  private static double doubleValue(Map<String, String> metadata, String key) {
    String value = text(metadata, key);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "checkpoint metadata " + PREFIX + key + " = '" + value + "' is not a number", e);
    }
  }
}
