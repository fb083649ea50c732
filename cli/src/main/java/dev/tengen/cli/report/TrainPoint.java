package dev.tengen.cli.report;

/**
 * One line of {@code metrics/train.jsonl} (written by the trainer's {@code StepMetrics}), the
 * fields a report uses.
 *
 * @param step the training step, from 1
 * @param timeMillis when the step ended (epoch millis)
 * @param policyLoss policy cross-entropy (nats)
 * @param valueLoss value loss
 * @param ownershipLoss ownership loss (unweighted), NaN when the net has none
 * @param l2Loss the L2 term, already weighted
 * @param learningRate the step's learning rate
 * @param gamesConsumed games the trainer took from the queue, over the run
 * @param positionsConsumed positions taken into the window, over the run
 * @param samplesSeen training samples over the run
 */
public record TrainPoint(
    long step,
    long timeMillis,
    double policyLoss,
    double valueLoss,
    double ownershipLoss,
    double l2Loss,
    double learningRate,
    long gamesConsumed,
    long positionsConsumed,
    long samplesSeen) {

  /**
   * The loss the optimizer minimises: policy + value + {@code ownershipWeight} × ownership + L2
   * (ownership left out when the net has no ownership head).
   */
  public double totalLoss(double ownershipWeight) {
    double ownership = Double.isNaN(ownershipLoss) ? 0 : ownershipWeight * ownershipLoss;
    return policyLoss + valueLoss + ownership + (Double.isNaN(l2Loss) ? 0 : l2Loss);
  }

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException if a required field is missing or malformed
   */
  public static TrainPoint of(FlatJson json) {
    return new TrainPoint(
        json.integer("step"),
        json.integer("time_ms"),
        json.number("policy_loss"),
        json.number("value_loss"),
        json.number("ownership_loss"),
        json.number("l2_loss"),
        json.number("learning_rate"),
        json.integer("games_consumed"),
        json.integer("positions_consumed"),
        json.integer("samples_seen"));
  }
}
