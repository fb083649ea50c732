package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import org.junit.jupiter.api.Test;

class TrainingSampleWriterTest {

  @Test
  void appliesOneSymmetryToFeaturesMaskPolicyAndOwnership() {
    Game game = FeatureEncoderTest.koGame();
    TrainingBatch batch = new TrainingBatch(5, 2);
    TrainingSampleWriter writer = new TrainingSampleWriter(5);
    float[] policy = new float[26];
    int target = Actions.of(3, 3, 5);
    policy[target] = 0.75f;
    policy[25] = 0.25f;
    float[] ownership = new float[25];
    ownership[Actions.of(4, 0, 5)] = 1f;
    int symmetry = 5;
    writer.write(batch, 1, game, symmetry, policy, -1f, ownership, 0.5f);
    writer.write(batch, 0, game, 0, policy, -1f, null, 1f);
    batch.setCount(2);
    batch.validate();

    int moved = Symmetries.image(5, symmetry, target);
    assertEquals(0.75f, batch.policyTargets()[26 + moved]);
    assertEquals(0.25f, batch.policyTargets()[26 + 25]);
    assertEquals(1f, batch.ownershipTargets()[25 + Symmetries.image(5, symmetry, Actions.of(4, 0, 5))]);
    assertEquals(1f, batch.ownershipMask()[1]);
    assertEquals(0f, batch.ownershipMask()[0]);
    assertEquals(0.5f, batch.weights()[1]);
    assertEquals(-1f, batch.valueTargets()[1]);
    // The ko point is illegal in the transformed mask, where the symmetry moved it.
    assertEquals(0f, batch.legal()[26 + Symmetries.image(5, symmetry, Actions.of(1, 1, 5))]);
    // The last move's plane follows the same symmetry.
    int len = 25 * Features.PLANES;
    int last = Symmetries.image(5, symmetry, Actions.of(2, 1, 5));
    assertEquals(1f, batch.features()[len + last * Features.PLANES + Features.LAST_MOVE]);
  }

  @Test
  void writesValueOnlySamplesWithPolicyWeightZero() {
    Game game = FeatureEncoderTest.koGame();
    TrainingBatch batch = new TrainingBatch(5, 2);
    TrainingSampleWriter writer = new TrainingSampleWriter(5);
    java.util.Arrays.fill(batch.policyTargets(), 0.5f); // stale values from an earlier use
    float[] policy = new float[26];
    policy[25] = 1f;
    writer.write(batch, 0, game, 3, policy, 1f, null, 1f);
    writer.write(batch, 1, game, 3, null, -1f, null, 1f, 0f);
    batch.setCount(2);
    batch.validate();
    assertEquals(1f, batch.policyWeights()[0]);
    assertEquals(0f, batch.policyWeights()[1]);
    assertEquals(1f, batch.policyTargets()[25]);
    for (int a = 0; a < 26; a++) {
      assertEquals(0f, batch.policyTargets()[26 + a], "value-only sample's policy target " + a);
    }
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> writer.write(batch, 1, game, 0, null, 0f, null, 1f, 0.5f));
    assertEquals("policy target is null but the policy weight is 0.5, not 0",
        missing.getMessage());
  }

  @Test
  void rejectsMismatchedSizesAndIndexes() {
    TrainingSampleWriter writer = new TrainingSampleWriter(5);
    Game game = FeatureEncoderTest.koGame();
    assertThrows(IllegalArgumentException.class,
        () -> writer.write(new TrainingBatch(9, 1), 0, game, 0, new float[82], 0, null, 1));
    IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
        () -> writer.write(new TrainingBatch(5, 1), 1, game, 0, new float[26], 0, null, 1));
    assertEquals("sample index 1 outside [0, 1)", index.getMessage());
  }
}
