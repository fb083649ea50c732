package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.network.TrainingBatch;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinibatchSamplerTest {

  private static ReplayWindow window() {
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(1000), 0);
    RowExtractor extractor = new RowExtractor(5, 0.0);
    for (int i = 0; i < 6; i++) {
      window.add(extractor.extract(TestRecords.scripted(i, 1 + i), i));
    }
    return window;
  }

  @Test
  void theSameStepDrawsTheSameBatchAndAnotherStepAnother() {
    ReplayWindow window = window();
    MinibatchSampler sampler = new MinibatchSampler(5);
    TrainingBatch first = new TrainingBatch(5, 16);
    TrainingBatch again = new TrainingBatch(5, 16);
    TrainingBatch other = new TrainingBatch(5, 16);
    sampler.fill(window, first, 16, MinibatchSampler.randomFor(7, 3));
    sampler.fill(window, again, 16, MinibatchSampler.randomFor(7, 3));
    new MinibatchSampler(5).fill(window, other, 16, MinibatchSampler.randomFor(7, 4));
    assertEquals(16, first.count());
    assertArrayEquals(first.features(), again.features());
    assertArrayEquals(first.policyTargets(), again.policyTargets());
    assertArrayEquals(first.valueTargets(), again.valueTargets());
    assertFalse(Arrays.equals(first.features(), other.features()));
    first.validate();
  }

  @Test
  void samplesCarryTheRowsTargetsUnderTheirSymmetry() {
    // One game of one stone then two passes: rows at plies 0 (policy 0.75 on A1, 0.25 pass),
    // 1 and 2 (pass only). White wins by komi... area: Black's A1 stone owns the whole board.
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(100), 0);
    window.add(new RowExtractor(5, 0.0).extract(TestRecords.scripted(1, 1), 0));
    TrainingBatch batch = new TrainingBatch(5, 64);
    new MinibatchSampler(5).fill(window, batch, 64, MinibatchSampler.randomFor(1, 0));
    int corners = 0;
    for (int i = 0; i < 64; i++) {
      float[] policy = Arrays.copyOfRange(batch.policyTargets(), i * 26, (i + 1) * 26);
      float[] ownership = Arrays.copyOfRange(batch.ownershipTargets(), i * 25, (i + 1) * 25);
      if (policy[25] == 0.25f) {
        // the first row: 0.75 moved to one of the 4 corners by the symmetry
        int at = -1;
        for (int p = 0; p < 25; p++) {
          if (policy[p] == 0.75f) {
            at = p;
          }
        }
        assertTrue(at == 0 || at == 4 || at == 20 || at == 24, "corner expected, got " + at);
        corners |= 1 << (at == 0 ? 0 : at == 4 ? 1 : at == 20 ? 2 : 3);
        assertEquals(1f, batch.valueTargets()[i]); // Black to move; Black owns 25 > 7.5
      } else {
        assertEquals(1f, policy[25]);
      }
      for (float owned : ownership) {
        assertEquals(Math.abs(owned), 1f);
      }
    }
    assertEquals(0b1111, corners, "all four corners over 64 draws");
    batch.validate();
  }
}
