package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InferenceServiceTest {

  private static final NetworkConfig CONFIG = TestNets.tiny();

  @Test
  void manyThreadsGetTheSameAnswersAsDirectCalls() throws Exception {
    InferenceModel model = InferenceModel.of(TestNets.symmetric(CONFIG, 41));
    int threads = 24;
    int perThread = 3;
    TrainingBatch inputs = TestNets.randomBatch(5, threads * perThread, 42);
    int len = model.featureLength();
    float[] expectedPolicy = new float[threads * perThread * 26];
    float[] expectedValue = new float[threads * perThread];
    // Direct calls, one position at a time (batch-size independent reference).
    for (int i = 0; i < threads * perThread; i++) {
      float[] p = new float[26];
      float[] v = new float[1];
      model.evaluate(java.util.Arrays.copyOfRange(inputs.features(), i * len, (i + 1) * len),
          java.util.Arrays.copyOfRange(inputs.legal(), i * 26, (i + 1) * 26), 1, p, v, null);
      System.arraycopy(p, 0, expectedPolicy, i * 26, 26);
      expectedValue[i] = v[0];
    }
    try (InferenceService service =
        new InferenceService(model, new InferenceService.Options(16, 2000, 1))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<float[][]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t * perThread;
        results.add(pool.submit(() -> {
          float[] features = java.util.Arrays.copyOfRange(
              inputs.features(), first * len, (first + perThread) * len);
          float[] legal = java.util.Arrays.copyOfRange(
              inputs.legal(), first * 26, (first + perThread) * 26);
          float[] policy = new float[perThread * 26];
          float[] value = new float[perThread];
          for (int repeat = 0; repeat < 5; repeat++) {
            service.evaluate(features, legal, perThread, policy, value);
          }
          return new float[][] {policy, value};
        }));
      }
      for (int t = 0; t < threads; t++) {
        float[][] r = results.get(t).get();
        for (int i = 0; i < perThread * 26; i++) {
          assertEquals(expectedPolicy[t * perThread * 26 + i], r[0][i], 1e-5, "thread " + t);
        }
        for (int i = 0; i < perThread; i++) {
          assertEquals(expectedValue[t * perThread + i], r[1][i], 1e-5, "thread " + t);
        }
      }
      pool.shutdown();
      InferenceService.Stats stats = service.stats();
      assertEquals(threads * 5, stats.requests());
      assertEquals(threads * perThread * 5, stats.positions());
      assertTrue(stats.meanBatch() <= 16);
    }
  }

  @Test
  void aRequestLargerThanTheBatchIsSplit() {
    InferenceModel model = InferenceModel.of(NetworkParameters.initialize(CONFIG, 43));
    TrainingBatch inputs = TestNets.randomBatch(5, 10, 44);
    float[] expected = new float[10 * 26];
    model.evaluate(inputs.features(), inputs.legal(), 10, expected, new float[10], null);
    try (InferenceService service =
        new InferenceService(model, new InferenceService.Options(4, 0, 1))) {
      float[] policy = new float[10 * 26];
      float[] value = new float[10];
      service.evaluate(inputs.features(), inputs.legal(), 10, policy, value);
      for (int i = 0; i < policy.length; i++) {
        assertEquals(expected[i], policy[i], 1e-5);
      }
      assertEquals(3, service.stats().batches());
    }
  }

  @Test
  void closedServiceRefusesWorkAndSwapsOnlyCompatibleModels() {
    InferenceModel model = InferenceModel.of(NetworkParameters.initialize(CONFIG, 45));
    InferenceService service = new InferenceService(model, InferenceService.Options.DEFAULT);
    InferenceModel nine = InferenceModel.of(NetworkParameters.initialize(
        new NetworkConfig(9, 1, 4, 2, 2, 4, Features.VERSION), 46));
    IllegalArgumentException swap =
        assertThrows(IllegalArgumentException.class, () -> service.setModel(nine));
    assertTrue(swap.getMessage().startsWith("cannot swap a model for NetworkConfig[boardSize=5"),
        swap.getMessage());
    service.close();
    IllegalStateException closed = assertThrows(IllegalStateException.class,
        () -> service.submit(new float[model.featureLength()], new float[26], 1, new float[26],
            new float[1]));
    assertEquals("inference service is closed", closed.getMessage());
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new InferenceService.Options(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> new InferenceService.Options(8, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new InferenceService.Options(8, 10, 0));
    assertArrayEquals(new int[] {256, 1}, new int[] {InferenceService.Options.DEFAULT.maxBatch(),
        InferenceService.Options.DEFAULT.workers()});
  }
}
