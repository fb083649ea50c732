package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.mcts.EvalBatch;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkPolicyValueTest {

  private static final NetworkConfig CONFIG = TestNets.tiny();

  @TempDir Path dir;

  @Test
  void randomSymmetriesAreUndoneOnTheOutputs() {
    InferenceModel model = InferenceModel.of(TestNets.symmetric(CONFIG, 51));
    try (InferenceService service = new InferenceService(model, InferenceService.Options.DEFAULT)) {
      NetworkPolicyValue identity = new NetworkPolicyValue(service, null, false, 1);
      NetworkPolicyValue random = new NetworkPolicyValue(service, null, true, 2);
      Game game = FeatureEncoderTest.koGame();
      EvalBatch reference = identity.newBatch(5, 1);
      reference.add(game);
      reference.evaluate();
      float[] expected = new float[26];
      reference.priors(0, expected);

      NetworkEvalBatch batch = random.newBatch(5, 16);
      for (int i = 0; i < 16; i++) {
        assertEquals(i, batch.add(game));
      }
      batch.evaluate();
      java.util.Set<Integer> symmetriesUsed = new java.util.HashSet<>();
      float[] priors = new float[26];
      for (int i = 0; i < 16; i++) {
        symmetriesUsed.add(batch.symmetry(i));
        batch.priors(i, priors);
        for (int a = 0; a < 26; a++) {
          assertEquals(expected[a], priors[a], 1e-5, "slot " + i + " action " + a);
        }
        assertEquals(reference.value(0), batch.value(i), 1e-5);
        assertEquals(0f, priors[Actions.of(1, 1, 5)], "ko point");
        assertEquals(0f, priors[Actions.of(0, 0, 5)], "suicide point");
        assertEquals(0f, priors[Actions.of(2, 1, 5)], "occupied point");
      }
      assertTrue(symmetriesUsed.size() > 3, "symmetries used: " + symmetriesUsed);
    }
  }

  @Test
  void cacheAnswersRepeatedPositionsAndCountsHits() {
    InferenceModel model = InferenceModel.of(NetworkParameters.initialize(CONFIG, 52));
    try (InferenceService service = new InferenceService(model, InferenceService.Options.DEFAULT)) {
      EvalCache cache = new EvalCache(1000);
      NetworkPolicyValue pv = new NetworkPolicyValue(service, cache, false, 3);
      Game game = new Game(5, Rules.DEFAULT);
      game.play(Actions.of(2, 2, 5));
      EvalBatch batch = pv.newBatch(5, 4);
      batch.add(game);
      batch.evaluate();
      float[] first = new float[26];
      batch.priors(0, first);
      float firstValue = batch.value(0);
      batch.clear();
      batch.add(game);
      game.play(Actions.of(1, 1, 5));
      batch.add(game);
      batch.evaluate();
      float[] again = new float[26];
      batch.priors(0, again);
      assertEquals(firstValue, batch.value(0));
      for (int a = 0; a < 26; a++) {
        assertEquals(first[a], again[a]);
      }
      EvalCache.Stats stats = cache.stats();
      assertEquals(1, stats.hits());
      assertEquals(2, stats.misses());
      assertEquals(2, stats.size());
      assertEquals(2, service.stats().positions());
      pv.setModel(model);
      assertEquals(0, cache.stats().size());
    }
  }

  @Test
  void batchLifecycleAndSizeAreChecked() {
    InferenceModel model = InferenceModel.of(NetworkParameters.initialize(CONFIG, 53));
    try (InferenceService service = new InferenceService(model, InferenceService.Options.DEFAULT)) {
      NetworkPolicyValue pv = new NetworkPolicyValue(service, null, true, 4);
      IllegalArgumentException size =
          assertThrows(IllegalArgumentException.class, () -> pv.newBatch(9, 8));
      assertEquals("the network plays 5x5, not 9x9", size.getMessage());
      EvalBatch batch = pv.newBatch(5, 1);
      Game game = new Game(5, Rules.DEFAULT);
      batch.add(game);
      assertThrows(IllegalStateException.class, () -> batch.add(game));
      assertThrows(IllegalStateException.class, () -> batch.value(0));
      batch.evaluate();
      assertThrows(IllegalStateException.class, () -> batch.add(game));
      assertThrows(IllegalArgumentException.class, () -> batch.value(1));
      batch.clear();
      assertEquals(0, batch.size());
      batch.evaluate(); // empty: nothing to do
    }
  }

  @Test
  void legalMovesWhoseProbabilityUnderflowsKeepATinyPositivePrior() {
    NetworkParameters params = NetworkParameters.initialize(CONFIG, 55);
    params.get(ParameterLayout.POLICY_BOARD_B).assign(1000); // pass logit is ~1000 below the rest
    InferenceModel model = InferenceModel.of(params);
    Game game = FeatureEncoderTest.koGame();
    FeatureEncoder encoder = new FeatureEncoder(5);
    float[] features = new float[encoder.featureLength()];
    float[] legal = new float[26];
    encoder.encode(game, 0, features, 0, legal, 0);
    float[] raw = new float[26];
    model.evaluate(features, legal, 1, raw, new float[1], null);
    assertEquals(0f, raw[25], "the raw softmax underflows for pass");
    try (InferenceService service = new InferenceService(model, InferenceService.Options.DEFAULT)) {
      EvalBatch batch = new NetworkPolicyValue(service, null, true, 6).newBatch(5, 1);
      batch.add(game);
      batch.evaluate();
      float[] priors = new float[26];
      batch.priors(0, priors);
      assertEquals(NetworkEvalBatch.LEGAL_PRIOR_FLOOR, priors[25]);
      assertEquals(0f, priors[Actions.of(1, 1, 5)], "illegal stays exactly 0");
      assertEquals(0f, priors[Actions.of(2, 1, 5)], "occupied stays exactly 0");
    }
  }

  @Test
  void loadsFromACheckpoint() throws Exception {
    TrainableNetwork net = TrainableNetwork.create(CONFIG, TestNets.params(0.01), 54);
    Path file = dir.resolve("best.tgn");
    CheckpointFile.write(net.checkpoint(null, 0), file);
    try (NetworkPolicyValue pv = NetworkPolicyValue.fromCheckpoint(
        file, CONFIG, InferenceService.Options.DEFAULT, 100, 5)) {
      EvalBatch batch = pv.newBatch(5, 2);
      batch.add(new Game(5, Rules.DEFAULT));
      batch.evaluate();
      float[] priors = new float[26];
      batch.priors(0, priors);
      double sum = 0;
      for (float p : priors) {
        sum += p;
      }
      assertEquals(1.0, sum, 1e-5);
    }
    NetworkConfig nine = NetworkConfig.defaults(9);
    CheckpointException e = assertThrows(CheckpointException.class,
        () -> NetworkPolicyValue.fromCheckpoint(file, nine, InferenceService.Options.DEFAULT, 0, 1));
    assertEquals("checkpoint " + file + ": board size 5, expected 9", e.getMessage());
  }
}
