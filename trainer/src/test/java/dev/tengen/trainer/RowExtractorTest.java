package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.selfplay.record.GameRecord;
import org.junit.jupiter.api.Test;

class RowExtractorTest {
  private static final int PASS = 25;

  /**
   * Black 12 (C3), White 0 (A1), then both pass; move 1 was a fast search, the others full ones.
   * The empty region touches both colours, so the area is 1 to 1 and White wins by komi.
   */
  private static GameRecord record() {
    Game game = new Game(5, Rules.DEFAULT);
    GameRecord.Builder b = GameRecord.builder(7, 5, Rules.DEFAULT);
    b.addMove(12, "m", true, 0.25f, 16, 10, new int[] {6, 12, PASS}, new float[] {0.125f, 0.25f, 0.125f}, 3);
    game.play(12);
    b.addMove(0, "m", false, -0.5f, 8, 4, new int[] {0}, new float[] {1f}, 1);
    game.play(0);
    b.addMove(PASS, "m", true, 0.75f, 16, 9, new int[] {1, PASS}, new float[] {0.5f, 0.5f}, 2);
    game.play(PASS);
    b.addMove(PASS, "m", true, -0.75f, 16, 16, new int[] {PASS}, new float[] {1f}, 1);
    game.play(PASS);
    return b.build(game.result());
  }

  @Test
  void fullSearchMovesBecomeRowsWithRenormalisedPolicyAndTheResultForTheMover() {
    GameRecord record = record();
    assertEquals(dev.tengen.games.Color.WHITE, record.result().winner());
    assertEquals(7.5, record.result().margin());
    WindowGame game = new RowExtractor(5, 0.0).extract(record, 99);
    assertEquals(3, game.rows());
    assertEquals(99, game.queueIndex());
    assertEquals(0, game.ply(0));
    assertEquals(2, game.ply(1));
    assertEquals(3, game.ply(2));
    assertEquals(-1f, game.value(0)); // Black to move, Black lost
    assertEquals(-1f, game.value(1)); // Black to move
    assertEquals(1f, game.value(2));  // White to move
    float[] policy = new float[26];
    game.policy(0, policy);
    float[] expected = new float[26];
    expected[6] = 0.25f;
    expected[12] = 0.5f;
    expected[PASS] = 0.25f;
    assertArrayEquals(expected, policy);
    game.policy(2, policy);
    expected = new float[26];
    expected[PASS] = 1f;
    assertArrayEquals(expected, policy);
  }

  @Test
  void ownershipIsTheFinalAreaFromTheMoversView() {
    WindowGame game = new RowExtractor(5, 0.0).extract(record(), 0);
    float[] ownership = new float[25];
    game.ownership(0, ownership); // Black to move: A1 is White's, C3 Black's, the rest no one's
    float[] expected = new float[25];
    expected[0] = -1f;
    expected[12] = 1f;
    assertArrayEquals(expected, ownership);
    game.ownership(2, ownership); // White to move
    expected[0] = 1f;
    expected[12] = -1f;
    assertArrayEquals(expected, ownership);
  }

  @Test
  void rootValueBlendsIntoTheValueTarget() {
    WindowGame game = new RowExtractor(5, 0.5).extract(record(), 0);
    assertEquals(-0.375f, game.value(0)); // 0.5 * -1 + 0.5 * 0.25
    assertEquals(0.125f, game.value(2)); // 0.5 * 1 + 0.5 * -0.75
  }

  @Test
  void replayReachesTheRowsPosition() {
    WindowGame game = new RowExtractor(5, 0.0).extract(record(), 0);
    Game position = game.replay(1);
    assertEquals(2, position.moveNumber());
    assertEquals(1, position.stoneAt(12));
    assertEquals(2, position.stoneAt(0));
  }

  @Test
  void refusesAnotherBoardSize() {
    UnusableRecordException e = assertThrows(UnusableRecordException.class,
        () -> new RowExtractor(9, 0.0).extract(record(), 0x1234));
    assertEquals(0x1234, e.queueIndex());
    assertTrue(e.getMessage().contains("1234h"), e.getMessage());
    assertTrue(e.getMessage().contains("board size 5"), e.getMessage());
  }

  @Test
  void refusesPolicyMassOnAnIllegalMove() {
    Game game = new Game(5, Rules.DEFAULT);
    GameRecord.Builder b = GameRecord.builder(8, 5, Rules.DEFAULT);
    b.addMove(12, "m", true, 0f, 16, 10, new int[] {12}, new float[] {1f}, 1);
    game.play(12);
    // 12 is occupied now
    b.addMove(PASS, "m", true, 0f, 16, 10, new int[] {12, PASS}, new float[] {0.5f, 0.5f}, 2);
    game.play(PASS);
    b.addMove(PASS, "m", true, 0f, 16, 10, new int[] {PASS}, new float[] {1f}, 1);
    game.play(PASS);
    GameRecord bad = b.build(game.result());
    UnusableRecordException e = assertThrows(UnusableRecordException.class,
        () -> new RowExtractor(5, 0.0).extract(bad, 5));
    assertTrue(e.getMessage().contains("move 1"), e.getMessage());
    assertTrue(e.getMessage().contains("illegal action 12"), e.getMessage());
  }

  @Test
  void fastSearchMovesAreValueOnlyRowsWithPolicyWeightZeroWhenTheOptionIsOnAndSkippedWhenOff() {
    WindowGame on = new RowExtractor(5, 0.0, true).extract(record(), 3);
    assertEquals(4, on.rows()); // every move: 3 full searches + 1 fast search
    float[] weights = new float[on.rows()];
    int[] plies = new int[on.rows()];
    for (int r = 0; r < on.rows(); r++) {
      weights[r] = on.policyWeight(r);
      plies[r] = on.ply(r);
    }
    assertArrayEquals(new int[] {0, 1, 2, 3}, plies);
    assertArrayEquals(new float[] {1f, 0f, 1f, 1f}, weights); // move 1 was the fast search
    assertEquals(1f, on.value(1)); // White to move, White won: the value target is kept
    float[] policy = new float[26];
    on.policy(1, policy);
    assertArrayEquals(new float[26], policy); // no policy target
    on.policy(3, policy);
    float[] expected = new float[26];
    expected[PASS] = 1f;
    assertArrayEquals(expected, policy);
    float[] ownership = new float[25];
    float[] full = new float[25];
    on.ownership(1, ownership);
    new RowExtractor(5, 0.0).extract(record(), 3).ownership(2, full); // ply 3, White to move too
    assertArrayEquals(full, ownership);

    WindowGame off = new RowExtractor(5, 0.0, false).extract(record(), 3);
    assertEquals(3, off.rows());
    for (int r = 0; r < off.rows(); r++) {
      assertEquals(1f, off.policyWeight(r));
    }
    assertEquals(3, off.ply(2));
    assertEquals(2, off.ply(1));
  }

  @Test
  void theTrainerParamsDefaultIsValueOnlyFastSearchPositions() {
    TrainerParams params = TrainerParams.builder(java.nio.file.Path.of("run")).build();
    assertTrue(params.valueOnlyFastSearchPositions());
    assertTrue(!params.toBuilder().valueOnlyFastSearchPositions(false).build()
        .valueOnlyFastSearchPositions());
  }

  @Test
  void sampledValueOnlyRowsCarryPolicyWeightZeroAndAnEmptyPolicyTarget() {
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(1_000), 0);
    window.add(new RowExtractor(5, 0.0, true).extract(record(), 0));
    dev.tengen.network.TrainingBatch batch = new dev.tengen.network.TrainingBatch(5, 64);
    new MinibatchSampler(5).fill(window, batch, 64, MinibatchSampler.randomFor(1, 0));
    batch.validate();
    int zeros = 0;
    for (int i = 0; i < 64; i++) {
      float w = batch.policyWeights()[i];
      float mass = 0;
      for (int a = 0; a < 26; a++) {
        mass += batch.policyTargets()[i * 26 + a];
      }
      if (w == 0f) {
        zeros++;
        assertEquals(0f, mass);
      } else {
        assertEquals(1f, w);
        assertEquals(1f, mass, 1e-6);
      }
    }
    assertTrue(zeros > 0 && zeros < 64, "zeros " + zeros); // 1 row in 4 is value-only
  }
}
