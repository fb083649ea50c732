package dev.tengen.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * SGD with Nesterov momentum, in the form PyTorch and most Go programs use:
 * {@code v ← μ v + g;  w ← w − lr (g + μ v)}. Its state is one velocity array per trainable
 * parameter, which checkpoints store so a resumed run continues exactly.
 */
final class NesterovSgd {

  private final Map<String, INDArray> velocity;

  private NesterovSgd(Map<String, INDArray> velocity) {
    this.velocity = velocity;
  }

  /** Zero velocity for every trainable parameter of the layout. */
  static NesterovSgd fresh(ParameterLayout layout) {
    Map<String, INDArray> v = new LinkedHashMap<>();
    for (ParameterSpec spec : layout.specs()) {
      if (spec.kind().trainable()) {
        v.put(spec.name(), NetworkParameters.zerosLike(spec));
      }
    }
    return new NesterovSgd(v);
  }

  /** Restores velocities (copied) from a checkpoint; every trainable name must be present. */
  static NesterovSgd restore(ParameterLayout layout, Map<String, float[]> values) {
    Map<String, INDArray> v = new LinkedHashMap<>();
    for (ParameterSpec spec : layout.specs()) {
      if (!spec.kind().trainable()) {
        continue;
      }
      float[] data = values.get(spec.name());
      if (data == null || data.length != spec.length()) {
        throw new IllegalArgumentException("optimizer state for '" + spec.name() + "' is "
            + (data == null ? "missing" : data.length + " values, expected " + spec.length()));
      }
      v.put(spec.name(), org.nd4j.linalg.factory.Nd4j.create(data.clone(), spec.shape(), 'c'));
    }
    if (values.size() != v.size()) {
      throw new IllegalArgumentException("optimizer state has " + values.size()
          + " arrays, the network has " + v.size() + " trainable parameters");
    }
    return new NesterovSgd(v);
  }

  /**
   * Applies one update to {@code weight} in place. {@code gradient} is read, not changed. One
   * temporary array the size of the parameter is allocated and closed before returning, so a
   * step leaves no off-heap memory behind for the garbage collector.
   */
  void apply(String name, INDArray weight, INDArray gradient, double learningRate, double momentum) {
    INDArray v = velocity.get(name);
    v.muli(momentum).addi(gradient);
    try (INDArray step = v.mul(momentum)) {
      step.addi(gradient).muli(learningRate);
      weight.subi(step);
    }
  }

  /** Copies of the velocities by parameter name. */
  Map<String, float[]> state() {
    Map<String, float[]> copy = new LinkedHashMap<>();
    velocity.forEach((name, array) -> copy.put(name, array.dup('c').data().asFloat()));
    return copy;
  }
}
