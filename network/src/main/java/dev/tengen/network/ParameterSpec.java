package dev.tengen.network;

import java.util.Arrays;

/**
 * One named parameter array of the network: its shape and what kind of value it is.
 *
 * @param name unique name, e.g. {@code "block3/conv1/w"}
 * @param shape dimensions; convolution kernels are {@code [kH, kW, in, out]} (YXIO)
 * @param kind what the array holds, which decides initialisation, training and decay
 */
public record ParameterSpec(String name, long[] shape, Kind kind) {

  /** What a parameter holds. */
  public enum Kind {
    /** Convolution kernel or dense matrix: trained and L2-decayed; He-initialised. */
    WEIGHT,
    /** Additive bias: trained, not decayed; starts at 0. */
    BIAS,
    /** Batch-norm scale: trained, not decayed; starts at 1. */
    BN_GAMMA,
    /** Batch-norm shift: trained, not decayed; starts at 0. */
    BN_BETA,
    /** Batch-norm running mean: not trained, updated as a moving average; starts at 0. */
    BN_RUNNING_MEAN,
    /** Batch-norm running variance: not trained, updated as a moving average; starts at 1. */
    BN_RUNNING_VAR;

    /** Whether gradient descent updates arrays of this kind. */
    public boolean trainable() {
      return this != BN_RUNNING_MEAN && this != BN_RUNNING_VAR;
    }
  }

  public ParameterSpec {
    shape = shape.clone();
  }

  /** A copy of the shape. */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Number of elements. */
  public long length() {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterSpec other
        && name.equals(other.name)
        && Arrays.equals(shape, other.shape)
        && kind == other.kind;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape) + " " + kind;
  }
}
