package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InferenceModelTest {

  private static final NetworkConfig CONFIG = TestNets.tiny();

  @Test
  void outputsHaveTheRightShapesAndRanges() {
    NetworkParameters params = NetworkParameters.initialize(CONFIG, 1);
    TestNets.perturbBatchNorm(params, 2);
    InferenceModel model = InferenceModel.of(params);
    TrainingBatch batch = TestNets.randomBatch(5, 3, 3);
    Map<String, INDArray> out = model.run(
        Nd4j.create(batch.features(), new long[] {3, 5, 5, Features.PLANES}, 'c'),
        Nd4j.create(batch.legal(), new long[] {3, 26}, 'c'));
    assertArrayEquals(new long[] {3, 26}, out.get(NetworkGraphs.POLICY).shape());
    assertArrayEquals(new long[] {3}, out.get(NetworkGraphs.VALUE).shape());
    assertArrayEquals(new long[] {3, 25}, out.get(NetworkGraphs.OWNERSHIP).shape());
    float[] value = out.get(NetworkGraphs.VALUE).toFloatVector();
    for (float v : value) {
      assertTrue(v >= -1 && v <= 1, "value " + v);
    }
    for (float o : out.get(NetworkGraphs.OWNERSHIP).data().asFloat()) {
      assertTrue(o >= -1 && o <= 1, "ownership " + o);
    }
  }

  @Test
  void evaluateFreesEveryActivationBeforeReturning() {
    NetworkParameters params = NetworkParameters.initialize(CONFIG, 6);
    TestNets.perturbBatchNorm(params, 7);
    InferenceModel model = InferenceModel.of(params);
    TrainingBatch batch = TestNets.randomBatch(5, 8, 8);
    java.util.List<INDArray> outputs = new java.util.ArrayList<>();
    model.graphForTests().setListeners(new org.nd4j.autodiff.listeners.BaseListener() {
      @Override
      public boolean isActive(org.nd4j.autodiff.listeners.Operation operation) {
        return true;
      }

      @Override
      public void opExecution(org.nd4j.autodiff.samediff.SameDiff sd,
          org.nd4j.autodiff.listeners.At at, org.nd4j.linalg.dataset.api.MultiDataSet mds,
          org.nd4j.autodiff.samediff.internal.SameDiffOp op,
          org.nd4j.linalg.api.ops.OpContext context, INDArray[] out) {
        outputs.addAll(java.util.Arrays.asList(out));
      }
    });
    float[] policy = new float[8 * 26];
    float[] value = new float[8];
    float[] first = null;
    int[] counts = {1, 8, 3, 8, 2, 5, 8, 4};  // several batch sizes: SameDiff's array cache is exercised
    for (int i = 0; i < 64; i++) {
      outputs.clear();
      int n = counts[i % counts.length];
      model.evaluate(batch.features(), batch.legal(), n, policy, value, new float[8 * 25]);
      assertTrue(outputs.size() > 20, "the listener must see the pass's ops");
      assertEquals(0, TestNets.leftOpen(model.graphForTests(), outputs),
          "call " + i + " (batch " + n + ") left op outputs for the garbage collector");
      if (n == 8 && first == null) {
        first = policy.clone();
      } else if (n == 8) {
        assertArrayEquals(first, policy, "freeing must not disturb later calls");
      }
    }
  }

  @Test
  void illegalActionsGetExactlyZeroAndTheRestSumToOne() {
    NetworkParameters params = NetworkParameters.initialize(CONFIG, 4);
    InferenceModel model = InferenceModel.of(params);
    int n = 8;
    TrainingBatch batch = TestNets.randomBatch(5, n, 5);
    float[] policy = new float[n * 26];
    float[] value = new float[n];
    float[] ownership = new float[n * 25];
    model.evaluate(batch.features(), batch.legal(), n, policy, value, ownership);
    int illegal = 0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int a = 0; a < 26; a++) {
        float p = policy[i * 26 + a];
        if (batch.legal()[i * 26 + a] == 0f) {
          assertEquals(0f, p, "sample " + i + " action " + a);
          illegal++;
        } else {
          assertTrue(p > 0f, "legal action " + a + " got " + p);
        }
        sum += p;
      }
      assertEquals(1.0, sum, 1e-5);
    }
    assertTrue(illegal > 10, "the random masks should make some actions illegal");
  }

  @Test
  void foldedGraphMatchesRunningStatisticsGraph() {
    NetworkParameters params = NetworkParameters.initialize(CONFIG, 6);
    TestNets.perturbBatchNorm(params, 7);
    int n = 6;
    TrainingBatch batch = TestNets.randomBatch(5, n, 8);
    float[][] folded = run(InferenceModel.of(params), batch, n);
    float[][] reference = run(InferenceModel.unfolded(params), batch, n);
    assertTrue(InferenceModel.of(params).folded());
    assertFalse(InferenceModel.unfolded(params).folded());
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < folded[k].length; i++) {
        assertEquals(reference[k][i], folded[k][i], 1e-4, "output " + k + " index " + i);
      }
    }
  }

  @Test
  void aSymmetricNetIsEquivariantUnderEverySymmetryOfARealPosition() {
    NetworkParameters params = TestNets.symmetric(CONFIG, 9);
    InferenceModel model = InferenceModel.of(params);
    Game game = FeatureEncoderTest.koGame();
    FeatureEncoder encoder = new FeatureEncoder(5);
    int len = encoder.featureLength();
    float[] features = new float[8 * len];
    float[] legal = new float[8 * 26];
    for (int s = 0; s < 8; s++) {
      encoder.encode(game, s, features, s * len, legal, s * 26);
    }
    float[] policy = new float[8 * 26];
    float[] value = new float[8];
    float[] ownership = new float[8 * 25];
    model.evaluate(features, legal, 8, policy, value, ownership);
    float[] base = java.util.Arrays.copyOf(policy, 26);
    float[] baseOwnership = java.util.Arrays.copyOf(ownership, 25);
    double spread = 0;
    for (int a = 0; a < 26; a++) {
      spread = Math.max(spread, Math.abs(base[a] - 1.0 / 16));
    }
    assertTrue(spread > 1e-3, "the policy should not be uniform, or the test proves nothing");
    for (int s = 1; s < 8; s++) {
      float[] back = new float[26];
      Symmetries.untransformActions(policy, s * 26, back, 0, 5, s);
      float[] ownBack = new float[25];
      Symmetries.untransformPoints(ownership, s * 25, ownBack, 0, 5, s);
      for (int a = 0; a < 26; a++) {
        assertEquals(base[a], back[a], 1e-5, "symmetry " + s + " action " + a);
      }
      for (int p = 0; p < 25; p++) {
        assertEquals(baseOwnership[p], ownBack[p], 1e-5, "symmetry " + s + " point " + p);
      }
      assertEquals(value[0], value[s], 1e-5, "value under symmetry " + s);
    }
    assertEquals(0f, base[6], "ko point is illegal");
    assertEquals(0f, base[0], "suicide point is illegal");
  }

  @Test
  void rejectsShortArrays() {
    InferenceModel model = InferenceModel.of(NetworkParameters.initialize(CONFIG, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> model.evaluate(new float[10], new float[26], 1, new float[26], new float[1], null));
    assertTrue(e.getMessage().startsWith("features needs at least 550 floats"), e.getMessage());
  }

  private static float[][] run(InferenceModel model, TrainingBatch batch, int n) {
    float[] policy = new float[n * 26];
    float[] value = new float[n];
    float[] ownership = new float[n * 25];
    model.evaluate(batch.features(), batch.legal(), n, policy, value, ownership);
    return new float[][] {policy, value, ownership};
  }
}
