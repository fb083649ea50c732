package dev.tengen.network;

import dev.tengen.network.ParameterLayout.ConvBn;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Small networks and batches for fast tests. */
final class TestNets {

  private TestNets() {}

  /** 5x5, 2 blocks of 8 channels, small heads. */
  static NetworkConfig tiny() {
    return new NetworkConfig(5, 2, 8, 4, 4, 8, Features.VERSION);
  }

  static TrainingParams params(double learningRate) {
    return new TrainingParams(LearningRateSchedule.constant(learningRate), 0.9, 1e-4, 0.5, 0.9);
  }

  /**
   * A batch of random but valid samples: 0/1 features, random legal masks (pass always legal),
   * a one-hot policy on a legal action, ±1 values and ownership.
   */
  static TrainingBatch randomBatch(int boardSize, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TrainingBatch batch = new TrainingBatch(boardSize, count);
    int points = boardSize * boardSize;
    int actions = points + 1;
    float[] f = batch.features();
    for (int i = 0; i < count * points * Features.PLANES; i++) {
      f[i] = random.nextInt(2);
    }
    for (int i = 0; i < count; i++) {
      for (int a = 0; a < actions; a++) {
        batch.legal()[i * actions + a] = a == points || random.nextInt(4) > 0 ? 1f : 0f;
      }
      int target;
      do {
        target = random.nextInt(actions);
      } while (batch.legal()[i * actions + target] == 0f);
      batch.policyTargets()[i * actions + target] = 1f;
      batch.valueTargets()[i] = random.nextBoolean() ? 1f : -1f;
      for (int p = 0; p < points; p++) {
        batch.ownershipTargets()[i * points + p] = random.nextBoolean() ? 1f : -1f;
      }
      batch.ownershipMask()[i] = 1f;
    }
    batch.setCount(count);
    return batch;
  }

  /**
   * Parameters whose every 3x3 kernel is invariant under the 8 symmetries of its 3x3 window, and
   * with non-trivial batch-norm statistics: such a net is exactly equivariant (policy) and
   * invariant (value) under the board's symmetries, up to float rounding.
   */
  static NetworkParameters symmetric(NetworkConfig config, long seed) {
    NetworkParameters params = NetworkParameters.initialize(config, seed);
    perturbBatchNorm(params, seed + 1);
    for (ConvBn unit : ParameterLayout.convBnUnits(config)) {
      if (unit.kernel() != 3) {
        continue;
      }
      INDArray w = params.get(unit.weight());
      long in = w.size(2);
      long out = w.size(3);
      for (int i = 0; i < in; i++) {
        for (int o = 0; o < out; o++) {
          double[] sum = new double[9];
          for (int s = 0; s < 8; s++) {
            for (int p = 0; p < 9; p++) {
              int q = Symmetries.image(3, s, p);
              sum[p] += w.getDouble(q / 3, q % 3, i, o);
            }
          }
          for (int p = 0; p < 9; p++) {
            w.putScalar(new long[] {p / 3, p % 3, i, o}, sum[p] / 8);
          }
        }
      }
    }
    return params;
  }

  /** Random gammas, betas and running statistics, so folding is really exercised. */
  static void perturbBatchNorm(NetworkParameters params, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (ConvBn unit : ParameterLayout.convBnUnits(params.config())) {
      fill(params.get(unit.gamma()), random, 0.5, 1.5);
      fill(params.get(unit.beta()), random, -0.3, 0.3);
      fill(params.get(unit.runningMean()), random, -0.5, 0.5);
      fill(params.get(unit.runningVar()), random, 0.3, 2.0);
    }
  }

  /**
   * How many of {@code outputs} (op outputs recorded during a call) still hold native memory the
   * call should have freed: not closed, not views or empty, not sharing memory with a variable
   * or constant of {@code graph}, and not kept for reuse in the array cache of this thread's
   * session of the graph or of its gradient function.
   */
  static int leftOpen(org.nd4j.autodiff.samediff.SameDiff graph, java.util.List<INDArray> outputs) {
    java.util.Set<Long> parameters = new java.util.HashSet<>();
    java.util.Set<INDArray> cached =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (org.nd4j.autodiff.samediff.SameDiff g : new org.nd4j.autodiff.samediff.SameDiff[] {
        graph, graph.getFunction("grad")}) {
      if (g == null) {
        continue;
      }
      for (String name : g.variableMap().keySet()) {
        org.nd4j.autodiff.samediff.VariableType type = g.getVariable(name).getVariableType();
        INDArray array = type == org.nd4j.autodiff.samediff.VariableType.VARIABLE
            || type == org.nd4j.autodiff.samediff.VariableType.CONSTANT
            ? g.getArrForVarName(name) : null;
        if (array != null && array.data() != null) {
          parameters.add(array.data().address());
        }
      }
      org.nd4j.autodiff.samediff.internal.InferenceSession session =
          g.getSessions().get(Thread.currentThread().getId());
      if (session != null && session.getMmgr()
          instanceof org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr cache) {
        cache.getArrays().values().forEach(cached::addAll);
      }
    }
    int left = 0;
    for (INDArray out : outputs) {
      if (!out.wasClosed() && !out.isView() && !out.isEmpty() && !cached.contains(out)
          && !parameters.contains(out.data().address())) {
        left++;
      }
    }
    return left;
  }

  private static void fill(INDArray array, SplittableRandom random, double low, double high) {
    for (long i = 0; i < array.length(); i++) {
      array.putScalar(i, low + (high - low) * random.nextDouble());
    }
  }
}
