package dev.tengen.network;

import dev.tengen.network.ParameterLayout.ConvBn;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Folds inference-mode batch norm into the convolution before it. With
 * {@code s = gamma / sqrt(runningVar + eps)}: kernel' = kernel × s (per output channel) and
 * bias' = beta − runningMean × s, so conv'(x) = BN(conv(x)) exactly in real arithmetic.
 */
final class BatchNormFolding {

  private BatchNormFolding() {}

  /** Returns {folded kernel [k, k, in, out], folded bias [out]} for that unit; inputs unchanged. */
  static INDArray[] fold(NetworkParameters params, ConvBn unit, double epsilon) {
    INDArray kernel = params.get(unit.weight());
    INDArray scale = Transforms.sqrt(params.get(unit.runningVar()).add(epsilon), false)
        .rdivi(params.get(unit.gamma()));
    long[] shape = kernel.shape();
    INDArray folded = kernel.dup('c').reshape('c', shape[0] * shape[1] * shape[2], shape[3])
        .muliRowVector(scale).reshape('c', shape);
    INDArray bias = params.get(unit.beta()).sub(params.get(unit.runningMean()).mul(scale));
    return new INDArray[] {folded, bias};
  }
}
