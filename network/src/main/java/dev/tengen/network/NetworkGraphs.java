package dev.tengen.network;

import dev.tengen.network.ParameterLayout.ConvBn;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds the SameDiff graphs of the residual policy-value net from a {@link NetworkParameters}.
 * All graphs are NHWC with YXIO kernels and share placeholder and output names.
 *
 * <p>Architecture: a 3x3 stem convolution, {@code blocks} residual blocks (conv-BN-ReLU-conv-BN,
 * skip, ReLU), then three heads. Policy: 1x1 conv-BN-ReLU to {@code policyChannels}, a 1x1
 * convolution to one logit per point, and a pass logit from the global average of the policy
 * features; illegal actions get {@value #ILLEGAL_LOGIT_OFFSET} added to their logit, so their
 * softmax probability underflows to exactly 0. Value: 1x1 conv-BN-ReLU to {@code valueChannels},
 * global average, dense-ReLU, dense-tanh. Ownership: a 1x1 convolution of the value features,
 * tanh. The heads are fully convolutional or pooled, so the net is equivariant under the board's
 * symmetries exactly when its kernels are symmetric (the tests rely on that).
 *
 * <p>Batch norm is written with primitive ops (SameDiff's fused op fails in training in
 * 1.0.0-M2.1, dl4j issues 9029/7166). Three graph modes:
 * <ul>
 *   <li>{@link #training}: parameters are variables, BN normalises with the batch statistics and
 *       exposes them as outputs (for the running averages), and losses are added.
 *   <li>{@link #inference(NetworkParameters, boolean) inference(params, false)}: constants, BN with
 *       running statistics as separate ops (the reference the folded graph is tested against).
 *   <li>{@code inference(params, true)}: BN folded into each convolution's kernel and bias, about
 *       twice as fast; what self-play uses.
 * </ul>
 */
public final class NetworkGraphs {

  public static final String FEATURES = "features";
  public static final String LEGAL = "legal";
  public static final String POLICY = "policy";
  public static final String VALUE = "value";
  public static final String OWNERSHIP = "ownership";

  public static final String POLICY_TARGET = "policyTarget";
  public static final String VALUE_TARGET = "valueTarget";
  public static final String OWNERSHIP_TARGET = "ownershipTarget";
  public static final String SAMPLE_WEIGHT = "sampleWeight";
  public static final String POLICY_WEIGHT = "policyWeight";
  public static final String OWNERSHIP_MASK = "ownershipMask";

  public static final String LOSS_POLICY = "loss/policy";
  public static final String LOSS_VALUE = "loss/value";
  public static final String LOSS_OWNERSHIP = "loss/ownership";
  public static final String LOSS_L2 = "loss/l2";
  public static final String LOSS_TOTAL = "loss/total";

  /** Added to the logit of every illegal action; exp of it underflows to 0 in float. */
  public static final double ILLEGAL_LOGIT_OFFSET = -1.0e4;

  /** Batch-norm epsilon (training, running-statistics inference and folding use the same). */
  public static final double BN_EPSILON = 1e-5;

  private NetworkGraphs() {}

  /** Name of the output holding a unit's batch mean, shape [1, C] (training graph only). */
  public static String batchMean(ConvBn unit) {
    return unit.prefix() + "/bn/batchMean";
  }

  /** Name of the output holding a unit's biased batch variance, shape [1, C]. */
  public static String batchVariance(ConvBn unit) {
    return unit.prefix() + "/bn/batchVar";
  }

  /**
   * The training graph: every trainable parameter a SameDiff variable (initialised from a copy of
   * {@code params}), batch statistics in BN, and the losses: policy cross-entropy against visit
   * distributions, value squared error, ownership squared error (weighted by
   * {@code ownershipWeight} and per-sample {@link #OWNERSHIP_MASK}), and {@code l2} times the sum
   * of squares of every kernel and dense matrix. Each loss is a mean over the batch of the
   * per-sample loss times {@link #SAMPLE_WEIGHT}; the policy loss is also multiplied by
   * {@link #POLICY_WEIGHT} (0 for value-only samples).
   */
  public static SameDiff training(NetworkParameters params, double l2, double ownershipWeight) {
    return new Builder(params, Mode.TRAINING).buildTraining(l2, ownershipWeight);
  }

  /**
   * An inference graph with constant parameters: inputs {@link #FEATURES} [N, size, size, planes]
   * and {@link #LEGAL} [N, actions] (1 legal, 0 illegal); outputs {@link #POLICY} [N, actions]
   * (probabilities, exactly 0 where illegal), {@link #VALUE} [N] and {@link #OWNERSHIP}
   * [N, points]. Later changes to {@code params} do not affect it.
   *
   * @param foldBatchNorm true to fold BN into the convolutions (fast), false to keep the running
   *     statistics as separate ops (reference)
   */
  public static SameDiff inference(NetworkParameters params, boolean foldBatchNorm) {
    Builder builder = new Builder(params, foldBatchNorm ? Mode.FOLDED : Mode.RUNNING_STATS);
    builder.buildHeads();
    return builder.sd;
  }

  private enum Mode {
    TRAINING,
    RUNNING_STATS,
    FOLDED
  }

  private static final class Builder {
    private final NetworkParameters params;
    private final NetworkConfig config;
    private final Mode mode;
    private final SameDiff sd = SameDiff.create();
    private final List<SDVariable> decayed = new ArrayList<>();
    private SDVariable legal;
    private SDVariable logits;
    private SDVariable value;
    private SDVariable ownership;
    private SDVariable onesColumn;
    private SDVariable averagingColumn;

    Builder(NetworkParameters params, Mode mode) {
      this.params = params;
      this.config = params.config();
      this.mode = mode;
    }

    /** A parameter as a trainable variable (training) or a constant (inference). */
    private SDVariable param(String name) {
      INDArray array = params.get(name).dup('c');
      ParameterSpec spec = params.layout().spec(name);
      if (mode == Mode.TRAINING) {
        SDVariable v = sd.var(name, array);
        if (spec.kind() == ParameterSpec.Kind.WEIGHT) {
          decayed.add(v);
        }
        return v;
      }
      return sd.constant(name, array);
    }

    /**
     * An [M, 1] column of ones for a [M, C] batch-norm matrix, built once per graph from the
     * first unit's matrix (every unit of the net has the same M = N·size², since all layers keep
     * the board's size). It depends on the batch only through its shape, so no gradient flows
     * through it.
     */
    private SDVariable onesColumn(SDVariable flat) {
      if (onesColumn == null) {
        onesColumn = sd.onesLike(flat.get(SDIndex.all(), SDIndex.interval(0, 1)));
      }
      return onesColumn;
    }

    /** The [M, 1] column of 1/M: {@code averageᵀ · X} is the column mean of X as a [1, C] row. */
    private SDVariable averagingColumn() {
      if (averagingColumn == null) {
        averagingColumn = onesColumn.div(onesColumn.sum());
      }
      return averagingColumn;
    }

    private static Conv2DConfig convConfig(int kernel) {
      return Conv2DConfig.builder()
          .kH(kernel).kW(kernel).sH(1).sW(1).dH(1).dW(1)
          .paddingMode(PaddingMode.SAME)
          .dataFormat(Conv2DConfig.NHWC)
          .weightsFormat(WeightsFormat.YXIO)
          .build();
    }

    private SDVariable convBn(SDVariable x, ConvBn unit, boolean relu) {
      SDVariable y;
      switch (mode) {
        case TRAINING -> {
          // On a [M, C] matrix view (M = N·H·W), with every broadcast and every reduction over
          // M written as a rank-1 matrix product with a ones (or 1/M) column: mean = avgᵀ·X,
          // X − 1·μ, X ⊙ (1·scale), + 1·β. The elementwise ops then see equal shapes, and their
          // backward passes are GEMMs and same-shape ops instead of ND4J's slow backward of a
          // broadcast multiply/subtract (M2.1). Same math; a 6×64 step at batch 256 went from
          // 1.66 s to 0.94 s (README).
          int c = unit.out();
          SDVariable conv = sd.cnn().conv2d(x, param(unit.weight()), convConfig(unit.kernel()));
          SDVariable flat = conv.reshape(-1, c);
          SDVariable ones = onesColumn(flat);
          SDVariable average = averagingColumn();
          SDVariable mean = sd.mmul(batchMean(unit), average, flat, true, false, false);
          SDVariable centered = flat.sub(ones.mmul(mean));
          SDVariable variance = sd.mmul(batchVariance(unit), average, sd.math().square(centered),
              true, false, false);
          SDVariable scale = sd.math().rsqrt(variance.add(BN_EPSILON))
              .mul(param(unit.gamma()).reshape(1, c));
          SDVariable normalized = centered.mul(ones.mmul(scale))
              .add(ones.mmul(param(unit.beta()).reshape(1, c)));
          y = sd.reshape(normalized, conv.shape());
        }
        case RUNNING_STATS -> {
          SDVariable conv = sd.cnn().conv2d(x, param(unit.weight()), convConfig(unit.kernel()));
          SDVariable scale =
              sd.math().rsqrt(param(unit.runningVar()).add(BN_EPSILON)).mul(param(unit.gamma()));
          y = conv.sub(param(unit.runningMean())).mul(scale).add(param(unit.beta()));
        }
        case FOLDED -> {
          INDArray[] folded = BatchNormFolding.fold(params, unit, BN_EPSILON);
          y = sd.cnn().conv2d(x, sd.constant(unit.weight(), folded[0]),
              sd.constant(unit.prefix() + "/folded/b", folded[1]), convConfig(unit.kernel()));
        }
        default -> throw new AssertionError(mode);
      }
      return relu ? sd.nn().relu(y, 0) : y;
    }

    void buildHeads() {
      int size = config.boardSize();
      int points = config.points();
      SDVariable features = sd.placeHolder(
          FEATURES, DataType.FLOAT, -1, size, size, config.inputPlanes());
      legal = sd.placeHolder(LEGAL, DataType.FLOAT, -1, config.actions());

      SDVariable x = convBn(features, ParameterLayout.stem(config), true);
      for (int b = 0; b < config.blocks(); b++) {
        SDVariable h = convBn(x, ParameterLayout.block(config, b, 1), true);
        h = convBn(h, ParameterLayout.block(config, b, 2), false);
        x = sd.nn().relu(h.add(x), 0);
      }

      SDVariable p = convBn(x, ParameterLayout.policyHead(config), true);
      SDVariable boardLogits = sd.cnn()
          .conv2d(p, param(ParameterLayout.POLICY_BOARD_W), param(ParameterLayout.POLICY_BOARD_B),
              convConfig(1))
          .reshape(-1, points);
      SDVariable passLogit = p.mean(1, 2)
          .mmul(param(ParameterLayout.POLICY_PASS_W))
          .add(param(ParameterLayout.POLICY_PASS_B));
      SDVariable rawLogits = sd.concat(1, boardLogits, passLogit);
      logits = rawLogits.add(legal.sub(1.0).mul(-ILLEGAL_LOGIT_OFFSET));
      sd.nn().softmax(POLICY, logits, 1);

      SDVariable v = convBn(x, ParameterLayout.valueHead(config), true);
      SDVariable hidden = sd.nn().relu(
          v.mean(1, 2).mmul(param(ParameterLayout.VALUE_FC1_W))
              .add(param(ParameterLayout.VALUE_FC1_B)), 0);
      value = sd.reshape(VALUE, sd.math().tanh(
          hidden.mmul(param(ParameterLayout.VALUE_FC2_W)).add(param(ParameterLayout.VALUE_FC2_B))),
          -1);
      ownership = sd.reshape(OWNERSHIP, sd.math().tanh(
          sd.cnn().conv2d(v, param(ParameterLayout.OWNERSHIP_W), param(ParameterLayout.OWNERSHIP_B),
              convConfig(1))), -1, points);
    }

    SameDiff buildTraining(double l2, double ownershipWeight) {
      buildHeads();
      SDVariable policyTarget = sd.placeHolder(POLICY_TARGET, DataType.FLOAT, -1, config.actions());
      SDVariable valueTarget = sd.placeHolder(VALUE_TARGET, DataType.FLOAT, -1);
      SDVariable ownershipTarget =
          sd.placeHolder(OWNERSHIP_TARGET, DataType.FLOAT, -1, config.points());
      SDVariable weight = sd.placeHolder(SAMPLE_WEIGHT, DataType.FLOAT, -1);
      SDVariable policyWeight = sd.placeHolder(POLICY_WEIGHT, DataType.FLOAT, -1);
      SDVariable ownershipMask = sd.placeHolder(OWNERSHIP_MASK, DataType.FLOAT, -1);

      // log-softmax by hand: ND4J's log_softmax gives -inf for masked actions (0 × -inf = NaN in
      // the loss), and its (x, dim) form breaks gradient cloning in M2.1. Shifting by the max
      // keeps exp finite; masked actions stay at about ILLEGAL_LOGIT_OFFSET, finite.
      SDVariable shifted = logits.sub(logits.max(true, 1));
      SDVariable logProbs = shifted.sub(sd.math().log(sd.math().exp(shifted).sum(true, 1)));
      SDVariable policyLoss =
          policyTarget.mul(logProbs).sum(1).neg().mul(weight.mul(policyWeight)).mean(LOSS_POLICY);
      SDVariable valueLoss =
          sd.math().square(value.sub(valueTarget)).mul(weight).mean(LOSS_VALUE);
      SDVariable ownershipLoss = sd.math().square(ownership.sub(ownershipTarget)).mean(1)
          .mul(weight).mul(ownershipMask).mean(LOSS_OWNERSHIP);
      SDVariable sumSquares = null;
      for (SDVariable w : decayed) {
        SDVariable s = sd.math().square(w).sum();
        sumSquares = sumSquares == null ? s : sumSquares.add(s);
      }
      SDVariable l2Loss = sumSquares.mul(LOSS_L2, l2);
      SDVariable total = policyLoss.add(valueLoss).add(ownershipLoss.mul(ownershipWeight))
          .add(LOSS_TOTAL, l2Loss);
      sd.setLossVariables(total);
      return sd;
    }
  }
}
