package dev.tengen.network;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every parameter array of one network (weights, biases, batch-norm scales, shifts and running
 * statistics), by name, in the order of its {@link ParameterLayout}. Arrays are FLOAT, C order.
 *
 * <p>Not thread-safe: the owner (a {@link TrainableNetwork}) guards it. {@link #copy()} gives an
 * independent snapshot.
 */
public final class NetworkParameters {

  private final ParameterLayout layout;
  private final Map<String, INDArray> arrays;

  private NetworkParameters(ParameterLayout layout, Map<String, INDArray> arrays) {
    this.layout = layout;
    this.arrays = arrays;
  }

  /**
   * Fresh parameters: He-normal weights drawn from {@code seed} (the same seed gives the same
   * network on any backend), zero biases and shifts, unit scales, running mean 0 and variance 1.
   */
  public static NetworkParameters initialize(NetworkConfig config, long seed) {
    ParameterLayout layout = ParameterLayout.of(config);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, INDArray> arrays = new LinkedHashMap<>();
    for (ParameterSpec spec : layout.specs()) {
      float[] values = new float[Math.toIntExact(spec.length())];
      switch (spec.kind()) {
        case WEIGHT -> {
          long[] shape = spec.shape();
          long fanIn = 1;
          for (int i = 0; i < shape.length - 1; i++) {
            fanIn *= shape[i];
          }
          double std = Math.sqrt(2.0 / fanIn);
          for (int i = 0; i < values.length; i++) {
            values[i] = (float) (gaussian(random) * std);
          }
        }
        case BN_GAMMA, BN_RUNNING_VAR -> Arrays.fill(values, 1f);
        case BIAS, BN_BETA, BN_RUNNING_MEAN -> { }
      }
      arrays.put(spec.name(), Nd4j.create(values, spec.shape(), 'c'));
    }
    return new NetworkParameters(layout, arrays);
  }

  /**
   * Parameters from arrays by name; every name of the layout must be present with its exact shape,
   * and no other name.
   *
   * @throws IllegalArgumentException naming the first missing, extra or misshapen array
   */
  public static NetworkParameters of(NetworkConfig config, Map<String, float[]> values) {
    ParameterLayout layout = ParameterLayout.of(config);
    for (String name : values.keySet()) {
      if (layout.spec(name) == null) {
        throw new IllegalArgumentException("unexpected parameter '" + name + "' for " + config);
      }
    }
    Map<String, INDArray> arrays = new LinkedHashMap<>();
    for (ParameterSpec spec : layout.specs()) {
      float[] v = values.get(spec.name());
      if (v == null) {
        throw new IllegalArgumentException("missing parameter '" + spec.name() + "' for " + config);
      }
      if (v.length != spec.length()) {
        throw new IllegalArgumentException("parameter '" + spec.name() + "' has " + v.length
            + " values, expected " + spec.length() + " for shape " + Arrays.toString(spec.shape()));
      }
      arrays.put(spec.name(), Nd4j.create(v.clone(), spec.shape(), 'c'));
    }
    return new NetworkParameters(layout, arrays);
  }

  public NetworkConfig config() {
    return layout.config();
  }

  public ParameterLayout layout() {
    return layout;
  }

  /** The live array of that name (writes change these parameters). */
  public INDArray get(String name) {
    INDArray array = arrays.get(name);
    if (array == null) {
      throw new IllegalArgumentException("no parameter named '" + name + "'");
    }
    return array;
  }

  /** A copy of the values of that parameter, in C order. */
  public float[] values(String name) {
    return get(name).dup('c').data().asFloat();
  }

  /** An independent deep copy. */
  public NetworkParameters copy() {
    Map<String, INDArray> copies = new LinkedHashMap<>();
    arrays.forEach((name, array) -> copies.put(name, array.dup('c')));
    return new NetworkParameters(layout, copies);
  }

  /** Total number of scalars, running statistics included. */
  public long size() {
    long n = 0;
    for (ParameterSpec spec : layout.specs()) {
      n += spec.length();
    }
    return n;
  }

  /** Whether every array equals the other's bit for bit. */
  public boolean sameValues(NetworkParameters other) {
    if (!config().equals(other.config())) {
      return false;
    }
    for (ParameterSpec spec : layout.specs()) {
      if (!Arrays.equals(values(spec.name()), other.values(spec.name()))) {
        return false;
      }
    }
    return true;
  }

  static INDArray zerosLike(ParameterSpec spec) {
    return Nd4j.zeros(DataType.FLOAT, spec.shape());
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: deterministic given the seed, independent of ND4J's RNG.
    double u1 = random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
  }
}
