package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainableNetworkTest {

  private static final NetworkConfig CONFIG = TestNets.tiny();

  private static final int STEPS = 40;

  @TempDir Path dir;

  @Test
  void aSmallNetOverfitsAFixedBatch() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.05), 11);
    TrainingBatch batch = TestNets.randomBatch(5, 16, 12);
    TrainingLosses first = net.train(batch);
    TrainingLosses last = first;
    for (int i = 0; i < STEPS - 1; i++) {
      last = net.train(batch);
    }
    double before = first.policy() + first.value();
    double after = last.policy() + last.value();
    assertTrue(after * 10 <= before,
        "policy + value loss should fall at least 10x: " + first + " -> " + last);
    assertTrue(last.total() * 10 <= first.total(),
        "total loss should fall at least 10x: " + first + " -> " + last);
    assertEquals(STEPS, net.step());
    assertEquals(STEPS * 16, net.samplesSeen());
  }

  @Test
  void returnedLossesAreThoseOfTheWeightsBeforeTheStep() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.05), 13);
    TrainingBatch batch = TestNets.randomBatch(5, 8, 14);
    for (int i = 0; i < 3; i++) {
      TrainingLosses viaOutput = net.evaluateLosses(batch);
      TrainingLosses viaStep = net.train(batch);
      assertEquals(viaOutput.policy(), viaStep.policy(), 1e-5);
      assertEquals(viaOutput.value(), viaStep.value(), 1e-5);
      assertEquals(viaOutput.ownership(), viaStep.ownership(), 1e-5);
      assertEquals(viaOutput.l2(), viaStep.l2(), 1e-7);
      assertEquals(viaOutput.total(), viaStep.total(), 1e-5);
      assertEquals(viaOutput.policy() + viaOutput.value() + 0.5 * viaOutput.ownership()
          + viaOutput.l2(), viaOutput.total(), 1e-5);
    }
    assertTrue(net.evaluateLosses(batch).total() < TrainableNetwork
        .create(CONFIG, TestNets.params(0.05), 13).evaluateLosses(batch).total());
  }

  @Test
  void trainingUpdatesBatchNormRunningStatistics() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.01), 15);
    NetworkParameters before = net.parameters();
    net.train(TestNets.randomBatch(5, 8, 16));
    NetworkParameters after = net.parameters();
    String mean = ParameterLayout.stem(CONFIG).runningMean();
    String var = ParameterLayout.stem(CONFIG).runningVar();
    assertFalse(java.util.Arrays.equals(before.values(mean), after.values(mean)));
    assertFalse(java.util.Arrays.equals(before.values(var), after.values(var)));
    // 0.9 old + 0.1 new: starting from mean 0, every running mean is 0.1 x a batch mean.
    for (float v : after.values(var)) {
      assertTrue(v > 0, "running variance must stay positive");
    }
  }

  @Test
  void saveAndLoadGiveBitIdenticalOutputsAndRestoreTheOptimizer() throws Exception {
    TrainingParams training = TestNets.params(0.05);
    TrainableNetwork original = TrainableNetwork.create(CONFIG, training, 17);
    TrainingBatch batch = TestNets.randomBatch(5, 8, 18);
    for (int i = 0; i < 3; i++) {
      original.train(batch);
    }
    Path file = dir.resolve("ckpt-3.tgn");
    CheckpointFile.write(original.checkpoint("ckpt-0", 1234), file);
    Checkpoint loaded = CheckpointFile.read(file, CONFIG);
    assertEquals(3, loaded.metadata().step());
    assertEquals(24, loaded.metadata().samplesSeen());
    assertEquals("ckpt-0", loaded.metadata().parent());
    assertEquals(1234, loaded.metadata().trainingWallMillis());
    assertTrue(loaded.parameters().sameValues(original.parameters()));

    TrainingBatch probe = TestNets.randomBatch(5, 4, 19);
    assertArrayEquals(policyOf(original.inferenceModel(), probe), policyOf(loaded.inferenceModel(), probe));

    TrainableNetwork resumed = TrainableNetwork.resume(loaded, training);
    assertEquals(3, resumed.step());
    TrainingBatch next = TestNets.randomBatch(5, 8, 20);
    original.train(next);
    resumed.train(next);
    assertTrue(resumed.parameters().sameValues(original.parameters()),
        "one more step after load must give the same weights as without save/load");

    // Without the optimizer state the same step lands elsewhere: the check above can fail.
    Checkpoint noMomentum = new Checkpoint(loaded.metadata(), loaded.parameters(),
        zeroed(loaded.optimizerState()));
    TrainableNetwork forgetful = TrainableNetwork.resume(noMomentum, training);
    forgetful.train(next);
    assertFalse(forgetful.parameters().sameValues(original.parameters()));
  }

  @Test
  void valueOnlySamplesTrainValueAndIgnoreTheirPolicyTarget() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.05), 23);
    TrainingBatch batch = TestNets.randomBatch(5, 8, 24);
    TrainingLosses allPolicy = net.evaluateLosses(batch);

    batch.policyWeights()[2] = 0f;
    java.util.Arrays.fill(batch.policyTargets(), 2 * 26, 3 * 26, 0f);
    TrainingLosses zeros = net.evaluateLosses(batch);
    batch.policyTargets()[2 * 26 + 25] = 0.5f; // pass is always legal; sums to 0.5, not 1
    TrainingLosses half = net.evaluateLosses(batch);
    assertEquals(zeros, half, "a value-only sample's policy target must not matter");
    assertEquals(allPolicy.value(), zeros.value());
    assertEquals(allPolicy.ownership(), zeros.ownership());
    assertTrue(zeros.policy() < allPolicy.policy(),
        "the sample's cross-entropy must leave the policy loss: " + allPolicy + " vs " + zeros);

    TrainingLosses step = net.train(batch);
    assertEquals(half.total(), step.total(), 1e-5);
    assertEquals(1, net.step());

    java.util.Arrays.fill(batch.policyWeights(), 0, 8, 0f);
    assertEquals(0.0, net.evaluateLosses(batch).policy());

    batch.policyWeights()[2] = 1f;
    IllegalArgumentException notADistribution =
        assertThrows(IllegalArgumentException.class, () -> net.train(batch));
    assertEquals("sample 2: policyTargets sum to 0.5, not 1", notADistribution.getMessage());
    batch.policyWeights()[2] = -1f;
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> net.train(batch));
    assertEquals("sample 2: policyWeights[2] = -1.0 is invalid", negative.getMessage());
    assertEquals(1, net.step());
  }

  @Test
  void trainingStepsFreeEveryActivationAtOnce() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.02), 25);
    TrainingBatch batch = TestNets.randomBatch(5, 16, 26);
    OpOutputRecorder recorder = new OpOutputRecorder();
    net.graphForTests().setListeners(recorder);
    for (int i = 0; i < 50; i++) {
      recorder.outputs.clear();
      net.train(batch);
      assertTrue(recorder.outputs.size() > 100, "the recorder must see the step's ops");
      assertEquals(0, TestNets.leftOpen(net.graphForTests(), recorder.outputs),
          "step " + i + " left op outputs for the garbage collector");
    }
    net.graphForTests().setListeners();
    assertEquals(50, net.step());
  }

  /** Every array any op of the graph (or its gradient) outputs. */
  private static final class OpOutputRecorder extends org.nd4j.autodiff.listeners.BaseListener {
    final java.util.List<org.nd4j.linalg.api.ndarray.INDArray> outputs = new java.util.ArrayList<>();

    @Override
    public boolean isActive(org.nd4j.autodiff.listeners.Operation operation) {
      return true;
    }

    @Override
    public void opExecution(org.nd4j.autodiff.samediff.SameDiff sd,
        org.nd4j.autodiff.listeners.At at, org.nd4j.linalg.dataset.api.MultiDataSet batch,
        org.nd4j.autodiff.samediff.internal.SameDiffOp op,
        org.nd4j.linalg.api.ops.OpContext context, org.nd4j.linalg.api.ndarray.INDArray[] out) {
      outputs.addAll(java.util.Arrays.asList(out));
    }
  }

  @Test
  void rejectsBadBatches() {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.01), 21);
    IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
        () -> net.train(TestNets.randomBatch(7, 2, 1)));
    assertEquals("batch is for board size 7, the network for 5", size.getMessage());
    TrainingBatch batch = TestNets.randomBatch(5, 2, 22);
    int illegal = -1;
    for (int a = 0; a < 26 && illegal < 0; a++) {
      if (batch.legal()[26 + a] == 0f) {
        illegal = a;
      }
    }
    java.util.Arrays.fill(batch.policyTargets(), 26, 52, 0f);
    batch.policyTargets()[26 + illegal] = 1f;
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class, () -> net.train(batch));
    assertEquals("sample 1: policyTargets[" + illegal + "] = 1.0 is invalid", target.getMessage());
    assertEquals(0, net.step());
  }

  @Test
  void stepScheduleChangesRateAtBoundaries() {
    LearningRateSchedule schedule =
        new LearningRateSchedule(new long[] {10, 20}, new double[] {0.1, 0.01, 0.001});
    assertEquals(0.1, schedule.rateAt(0));
    assertEquals(0.1, schedule.rateAt(9));
    assertEquals(0.01, schedule.rateAt(10));
    assertEquals(0.001, schedule.rateAt(20));
    assertEquals(0.001, schedule.rateAt(1_000_000));
    assertThrows(IllegalArgumentException.class,
        () -> new LearningRateSchedule(new long[] {10}, new double[] {0.1}));
    assertThrows(IllegalArgumentException.class,
        () -> new LearningRateSchedule(new long[] {10, 5}, new double[] {0.1, 0.2, 0.3}));
  }

  private static java.util.Map<String, float[]> zeroed(java.util.Map<String, float[]> state) {
    java.util.Map<String, float[]> zero = new java.util.LinkedHashMap<>();
    state.forEach((k, v) -> zero.put(k, new float[v.length]));
    return zero;
  }

  static float[] policyOf(InferenceModel model, TrainingBatch batch) {
    int n = batch.count();
    float[] policy = new float[n * 26];
    float[] value = new float[n];
    model.evaluate(batch.features(), batch.legal(), n, policy, value, null);
    float[] all = java.util.Arrays.copyOf(policy, n * 26 + n);
    System.arraycopy(value, 0, all, n * 26, n);
    return all;
  }
}
