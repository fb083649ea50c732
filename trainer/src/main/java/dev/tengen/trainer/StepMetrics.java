package dev.tengen.trainer;

/**
 * What one training step reports; one JSON line of {@code metrics/train.jsonl}.
 *
 * @param step the step's number, counting from 1
 * @param timeMillis wall-clock time the step ended (epoch millis)
 * @param policyLoss mean policy cross-entropy over the batch (nats)
 * @param valueLoss mean value loss over the batch, as the network defines it
 * @param ownershipLoss mean ownership loss, or NaN when the net has no ownership head
 * @param l2Loss the L2 regularisation term, already multiplied by its coefficient
 * @param learningRate the rate this step used
 * @param samplesPerSecond batch size over the wall-clock time since the previous step ended,
 *     including data path and waits (NaN for the first step after a start)
 * @param dataPathFraction share of this step's wall-clock time spent in the data path (queue
 *     reading, window upkeep, sampling and encoding the minibatch)
 * @param windowSize positions in the window when the batch was drawn
 * @param gamesConsumed games taken from the queue into the window, over the run
 * @param positionsConsumed positions taken into the window, over the run
 * @param samplesSeen training samples over the run, this step's included
 * @param skippedPositions positions skipped ahead over by ratio control, over the run
 * @param skippedRecords queue records skipped as unreadable, over the run
 */
public record StepMetrics(
    long step,
    long timeMillis,
    double policyLoss,
    double valueLoss,
    double ownershipLoss,
    double l2Loss,
    double learningRate,
    double samplesPerSecond,
    double dataPathFraction,
    long windowSize,
    long gamesConsumed,
    long positionsConsumed,
    long samplesSeen,
    long skippedPositions,
    long skippedRecords) {

  /** This step as one JSON object on one line (no trailing newline). NaN becomes null. */
  public String toJson() {
    return new StringBuilder(320)
        .append("{\"step\":").append(step)
        .append(",\"time_ms\":").append(timeMillis)
        .append(",\"policy_loss\":").append(number(policyLoss))
        .append(",\"value_loss\":").append(number(valueLoss))
        .append(",\"ownership_loss\":").append(number(ownershipLoss))
        .append(",\"l2_loss\":").append(number(l2Loss))
        .append(",\"learning_rate\":").append(number(learningRate))
        .append(",\"samples_per_s\":").append(number(samplesPerSecond))
        .append(",\"data_path_fraction\":").append(number(dataPathFraction))
        .append(",\"window_size\":").append(windowSize)
        .append(",\"games_consumed\":").append(gamesConsumed)
        .append(",\"positions_consumed\":").append(positionsConsumed)
        .append(",\"samples_seen\":").append(samplesSeen)
        .append(",\"skipped_positions\":").append(skippedPositions)
        .append(",\"skipped_records\":").append(skippedRecords)
        .append('}')
        .toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "null";
  }
}
