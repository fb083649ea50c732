package dev.tengen.network;

import dev.tengen.network.ParameterLayout.ConvBn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network being trained: the SameDiff training graph, the batch-norm running statistics, the
 * optimizer state, and the counters a checkpoint records (step, samples seen).
 *
 * <p>Each {@link #train} call is one SGD step: a forward and backward pass computing the losses,
 * the gradients and every BN layer's batch statistics together (one pass; the returned losses
 * are those of the weights before the step, computed with the same ops as SameDiff's
 * {@code output}), then the Nesterov update and the running-statistics moving averages. Every
 * native array the step created is closed before it returns, so memory stays flat over a long
 * run without relying on the garbage collector (see {@link SessionArrays}).
 * All methods are synchronized: one thread trains, others may snapshot.
 */
public final class TrainableNetwork {

  private final NetworkConfig config;
  private final ParameterLayout layout;
  private final TrainingParams trainingParams;
  private final NetworkParameters params;
  private final SameDiff graph;
  private final NesterovSgd optimizer;
  private final List<String> trainable = new ArrayList<>();
  private final List<String> trainingOutputs = new ArrayList<>();
  private final List<ConvBn> units;
  private final SessionArrays sessionArrays;
  private long step;
  private long samplesSeen;

  private TrainableNetwork(NetworkParameters params, TrainingParams trainingParams,
      NesterovSgd optimizer, long step, long samplesSeen) {
    this.config = params.config();
    this.layout = params.layout();
    this.trainingParams = trainingParams;
    this.params = params;
    this.optimizer = optimizer;
    this.step = step;
    this.samplesSeen = samplesSeen;
    NetworkRuntime.logOnce();
    this.graph = NetworkGraphs.training(params, trainingParams.l2(), trainingParams.ownershipWeight());
    QuietGradientBuild.createGradFunction(graph);
    this.sessionArrays = new SessionArrays(graph);
    for (ParameterSpec spec : layout.specs()) {
      if (spec.kind().trainable()) {
        trainable.add(spec.name());
      }
    }
    this.units = ParameterLayout.convBnUnits(config);
    trainingOutputs.addAll(List.of(NetworkGraphs.LOSS_POLICY, NetworkGraphs.LOSS_VALUE,
        NetworkGraphs.LOSS_OWNERSHIP, NetworkGraphs.LOSS_L2, NetworkGraphs.LOSS_TOTAL));
    for (ConvBn unit : units) {
      trainingOutputs.add(NetworkGraphs.batchMean(unit));
      trainingOutputs.add(NetworkGraphs.batchVariance(unit));
    }
  }

  /** A new network with weights drawn from {@code seed}, at step 0. */
  public static TrainableNetwork create(NetworkConfig config, TrainingParams trainingParams, long seed) {
    NetworkParameters params = NetworkParameters.initialize(config, seed);
    return new TrainableNetwork(params, trainingParams, NesterovSgd.fresh(params.layout()), 0, 0);
  }

  /**
   * Resumes from a checkpoint: its parameters, optimizer state, step and sample count. The
   * training hyperparameters are the caller's (they are not part of a checkpoint).
   */
  public static TrainableNetwork resume(Checkpoint checkpoint, TrainingParams trainingParams) {
    NetworkParameters params = checkpoint.parameters().copy();
    NesterovSgd optimizer = NesterovSgd.restore(params.layout(), checkpoint.optimizerState());
    CheckpointMetadata meta = checkpoint.metadata();
    return new TrainableNetwork(params, trainingParams, optimizer, meta.step(), meta.samplesSeen());
  }

  public NetworkConfig config() {
    return config;
  }

  public TrainingParams trainingParams() {
    return trainingParams;
  }

  /** Steps taken since the network was created (across resumes). */
  public synchronized long step() {
    return step;
  }

  /** Training samples consumed since the network was created (across resumes). */
  public synchronized long samplesSeen() {
    return samplesSeen;
  }

  /**
   * One SGD step on the batch; returns its losses (before the update).
   *
   * @throws IllegalArgumentException if the batch is for another board size or fails
   *     {@link TrainingBatch#validate()}
   * @throws IllegalStateException if the loss is not finite (nothing is updated then)
   */
  public synchronized TrainingLosses train(TrainingBatch batch) {
    Map<String, INDArray> placeholders = placeholders(batch);
    OutAndGrad result = null;
    try {
      result = graph.calculateGradientsAndOutputs(placeholders, trainingOutputs, trainable);
      Map<String, INDArray> outputs = result.getOutputs();
      TrainingLosses losses = losses(outputs);
      if (!Double.isFinite(losses.total())) {
        throw new IllegalStateException("training diverged at step " + step + ": " + losses
            + "; weights were not updated");
      }
      double learningRate = trainingParams.schedule().rateAt(step);
      Map<String, INDArray> gradients = result.getGradients();
      for (String name : trainable) {
        INDArray gradient = gradients.get(name);
        if (gradient == null) {
          throw new IllegalStateException("no gradient for parameter '" + name + "'");
        }
        optimizer.apply(name, graph.getArrForVarName(name), gradient, learningRate,
            trainingParams.momentum());
      }
      updateRunningStatistics(outputs, batch.count());
      step++;
      samplesSeen += batch.count();
      return losses;
    } finally {
      OffHeap.close(placeholders.values());
      if (result != null) {
        OffHeap.close(result.getOutputs().values());
        OffHeap.close(result.getGradients().values());
      }
      sessionArrays.release();
    }
  }

  /**
   * The losses of the current weights on a batch without training on it (BN with batch
   * statistics, as in training).
   */
  public synchronized TrainingLosses evaluateLosses(TrainingBatch batch) {
    Map<String, INDArray> placeholders = placeholders(batch);
    Map<String, INDArray> outputs = null;
    try {
      outputs = graph.output(placeholders, trainingOutputs.subList(0, 5));
      return losses(outputs);
    } finally {
      OffHeap.close(placeholders.values());
      if (outputs != null) {
        OffHeap.close(outputs.values());
      }
      sessionArrays.release();
    }
  }

  /** The training graph, for tests that watch its execution (listeners). */
  SameDiff graphForTests() {
    return graph;
  }

  /** A snapshot copy of every parameter (current weights and running statistics). */
  public synchronized NetworkParameters parameters() {
    NetworkParameters snapshot = params.copy();
    for (String name : trainable) {
      snapshot.get(name).assign(graph.getArrForVarName(name));
    }
    return snapshot;
  }

  /** A fast inference model (BN folded) of the current weights. */
  public synchronized InferenceModel inferenceModel() {
    return InferenceModel.of(parameters());
  }

  /**
   * A checkpoint of the current state, ready to be written by {@link CheckpointFile#write}.
   *
   * @param parent the id of the checkpoint this run started from, or null
   * @param trainingWallMillis wall time spent training so far, recorded in the metadata
   */
  public synchronized Checkpoint checkpoint(String parent, long trainingWallMillis) {
    CheckpointMetadata meta = CheckpointMetadata.of(
        config, step, parent, samplesSeen, trainingWallMillis, System.currentTimeMillis());
    return new Checkpoint(meta, parameters(), optimizer.state());
  }

  private Map<String, INDArray> placeholders(TrainingBatch batch) {
    if (batch.boardSize() != config.boardSize()) {
      throw new IllegalArgumentException("batch is for board size " + batch.boardSize()
          + ", the network for " + config.boardSize());
    }
    batch.validate();
    int n = batch.count();
    int size = config.boardSize();
    int points = config.points();
    int actions = config.actions();
    Map<String, INDArray> ph = new HashMap<>();
    ph.put(NetworkGraphs.FEATURES, array(batch.features(), n * points * config.inputPlanes(),
        n, size, size, config.inputPlanes()));
    ph.put(NetworkGraphs.LEGAL, array(batch.legal(), n * actions, n, actions));
    ph.put(NetworkGraphs.POLICY_TARGET, array(batch.policyTargets(), n * actions, n, actions));
    ph.put(NetworkGraphs.VALUE_TARGET, array(batch.valueTargets(), n, n));
    ph.put(NetworkGraphs.OWNERSHIP_TARGET, array(batch.ownershipTargets(), n * points, n, points));
    ph.put(NetworkGraphs.OWNERSHIP_MASK, array(batch.ownershipMask(), n, n));
    ph.put(NetworkGraphs.SAMPLE_WEIGHT, array(batch.weights(), n, n));
    ph.put(NetworkGraphs.POLICY_WEIGHT, array(batch.policyWeights(), n, n));
    return ph;
  }

  private static INDArray array(float[] data, int length, long... shape) {
    float[] exact = data.length == length ? data : java.util.Arrays.copyOf(data, length);
    return Nd4j.create(exact, shape, 'c');
  }

  private static TrainingLosses losses(Map<String, INDArray> outputs) {
    return new TrainingLosses(
        outputs.get(NetworkGraphs.LOSS_POLICY).getDouble(0),
        outputs.get(NetworkGraphs.LOSS_VALUE).getDouble(0),
        outputs.get(NetworkGraphs.LOSS_OWNERSHIP).getDouble(0),
        outputs.get(NetworkGraphs.LOSS_L2).getDouble(0),
        outputs.get(NetworkGraphs.LOSS_TOTAL).getDouble(0));
  }

  private void updateRunningStatistics(Map<String, INDArray> outputs, int batchSize) {
    double keep = trainingParams.batchNormMomentum();
    long n = (long) batchSize * config.points();
    double unbias = n > 1 ? (double) n / (n - 1) : 1.0;
    for (ConvBn unit : units) {
      INDArray mean = outputs.get(NetworkGraphs.batchMean(unit));
      INDArray variance = outputs.get(NetworkGraphs.batchVariance(unit));
      try (INDArray newMean = mean.reshape(unit.out()).mul(1 - keep);
          INDArray newVar = variance.reshape(unit.out()).mul((1 - keep) * unbias)) {
        params.get(unit.runningMean()).muli(keep).addi(newMean);
        params.get(unit.runningVar()).muli(keep).addi(newVar);
      }
    }
  }
}
