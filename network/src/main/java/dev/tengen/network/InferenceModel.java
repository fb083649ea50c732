package dev.tengen.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A frozen network for evaluation: an inference graph built from a snapshot of parameters
 * (batch norm folded into the convolutions unless built with {@link #unfolded}). Later training
 * does not change it; build a new one from new parameters instead.
 *
 * <p>Thread-safe: any number of threads may call {@link #evaluate} at once (SameDiff's
 * {@code output} is safe on a shared instance); each call runs one forward pass over its batch
 * and frees its activations' native memory before returning (see {@link SessionArrays}).
 */
public final class InferenceModel {

  private static final List<String> OUTPUTS =
      List.of(NetworkGraphs.POLICY, NetworkGraphs.VALUE, NetworkGraphs.OWNERSHIP);

  private final NetworkConfig config;
  private final SameDiff graph;
  private final boolean folded;
  private final SessionArrays sessionArrays;

  private InferenceModel(NetworkConfig config, SameDiff graph, boolean folded) {
    this.config = config;
    this.graph = graph;
    this.folded = folded;
    this.sessionArrays = new SessionArrays(graph);
  }

  /** The fast model: batch norm folded into the convolutions. Costs a graph build (milliseconds). */
  public static InferenceModel of(NetworkParameters params) {
    return new InferenceModel(params.config(), NetworkGraphs.inference(params, true), true);
  }

  /** The reference model: batch norm with running statistics as separate ops (slower). */
  public static InferenceModel unfolded(NetworkParameters params) {
    return new InferenceModel(params.config(), NetworkGraphs.inference(params, false), false);
  }

  public NetworkConfig config() {
    return config;
  }

  /** Whether batch norm is folded into the convolutions. */
  public boolean folded() {
    return folded;
  }

  /** The graph, for tests that watch its execution (listeners). */
  SameDiff graphForTests() {
    return graph;
  }

  /** Floats of features per position: {@code size² × planes}. */
  public int featureLength() {
    return config.points() * config.inputPlanes();
  }

  /**
   * Evaluates {@code count} positions. Inputs: {@code features[0 .. count × featureLength())} in
   * the NHWC layout of {@link Features}, and {@code legal[0 .. count × actions)} with 1 for legal
   * actions and 0 for illegal ones (at least one legal action per position; pass always is).
   * Outputs: {@code policy[count × actions]} probabilities (exactly 0 where illegal, summing to 1),
   * {@code value[count]} in [-1, 1] for the side to move, and, if {@code ownership} is not null,
   * {@code ownership[count × points]} in [-1, 1] (+1 = the side to move owns the point).
   *
   * @throws IllegalArgumentException if count is not positive or an array is too short
   */
  public void evaluate(float[] features, float[] legal, int count,
      float[] policy, float[] value, float[] ownership) {
    int actions = config.actions();
    int points = config.points();
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, was " + count);
    }
    requireLength("features", features, (long) count * featureLength());
    requireLength("legal", legal, (long) count * actions);
    requireLength("policy", policy, (long) count * actions);
    requireLength("value", value, count);
    if (ownership != null) {
      requireLength("ownership", ownership, (long) count * points);
    }
    INDArray featureArray = Nd4j.create(exact(features, count * featureLength()),
        new long[] {count, config.boardSize(), config.boardSize(), config.inputPlanes()}, 'c');
    INDArray legalArray = Nd4j.create(exact(legal, count * actions), new long[] {count, actions}, 'c');
    Map<String, INDArray> results = null;
    try {
      results = run(featureArray, legalArray);
      copy(results.get(NetworkGraphs.POLICY), policy, count * actions);
      copy(results.get(NetworkGraphs.VALUE), value, count);
      if (ownership != null) {
        copy(results.get(NetworkGraphs.OWNERSHIP), ownership, count * points);
      }
    } finally {
      OffHeap.close(List.of(featureArray, legalArray));
      if (results != null) {
        OffHeap.close(results.values());
      }
      sessionArrays.release();
    }
  }

  /**
   * Runs the graph on arrays already shaped {@code [n, size, size, planes]} and {@code [n, actions]}
   * and returns {@link NetworkGraphs#POLICY}, {@link NetworkGraphs#VALUE} and
   * {@link NetworkGraphs#OWNERSHIP} by name. Unlike {@link #evaluate}, the activations of the pass
   * are left to the garbage collector (tests and tools only; use {@link #evaluate} in loops).
   */
  public Map<String, INDArray> run(INDArray features, INDArray legal) {
    Map<String, INDArray> placeholders = new HashMap<>(4);
    placeholders.put(NetworkGraphs.FEATURES, features);
    placeholders.put(NetworkGraphs.LEGAL, legal);
    return graph.output(placeholders, OUTPUTS);
  }

  private static float[] exact(float[] array, int length) {
    return array.length == length ? array : Arrays.copyOf(array, length);
  }

  private static void copy(INDArray from, float[] to, int length) {
    boolean copied = from.isView() || from.ordering() != 'c';
    INDArray dense = copied ? from.dup('c') : from;
    try {
      if (dense.length() != length) {
        throw new IllegalStateException(
            "graph output has " + dense.length() + " values, expected " + length);
      }
      System.arraycopy(dense.data().asFloat(), 0, to, 0, length);
    } finally {
      if (copied) {
        dense.close();
      }
    }
  }

  private static void requireLength(String name, float[] array, long needed) {
    if (array == null || array.length < needed) {
      throw new IllegalArgumentException(name + " needs at least " + needed + " floats, has "
          + (array == null ? "null" : array.length));
    }
  }
}
