package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleBudgetTest {

  @Test
  void creditsSamplesPerPositionAndSpendsBatches() {
    SampleBudget budget = new SampleBudget(4.0, 1000, 0, 0);
    assertFalse(budget.allows(256));
    assertEquals(0, budget.credit(63));
    assertEquals(252.0, budget.level());
    assertFalse(budget.allows(256));
    budget.credit(1);
    assertTrue(budget.allows(256));
    budget.spend(256);
    assertEquals(0.0, budget.level());
    assertThrows(IllegalStateException.class, () -> budget.spend(256));
  }

  @Test
  void dropsCreditBeyondCapacityAndCountsSkippedPositions() {
    SampleBudget budget = new SampleBudget(4.0, 1000, 0, 0);
    budget.credit(100);
    budget.spend(256); // level 144
    assertEquals(86, budget.credit(300)); // +1200 credit, 856 fits, 344 dropped = 86 positions
    assertEquals(1000.0, budget.level());
    assertEquals(344.0, budget.droppedCredit());
    assertEquals(86, budget.skippedPositions());
    assertEquals(250, budget.credit(250)); // all of it dropped
    assertEquals(336, budget.skippedPositions());
  }

  @Test
  void fractionalRatiosAccumulateExactly() {
    SampleBudget budget = new SampleBudget(2.5, 100, 0, 0);
    budget.credit(3);
    assertEquals(7.5, budget.level());
    budget.credit(40); // 100 credit offered, 92.5 fits
    assertEquals(7.5, budget.droppedCredit());
    assertEquals(3, budget.skippedPositions());
  }

  @Test
  void zeroRatioMeansUnlimited() {
    SampleBudget budget = new SampleBudget(0, 1, 0, 0);
    assertFalse(budget.limited());
    assertTrue(budget.allows(1 << 20));
    budget.spend(1 << 20);
    assertEquals(0, budget.credit(1_000_000));
    assertEquals(0, budget.skippedPositions());
  }

  @Test
  void restoredStateContinues() {
    SampleBudget budget = new SampleBudget(4.0, 1000, 900, 40);
    assertEquals(10, budget.skippedPositions());
    assertEquals(25, budget.credit(50));
    assertEquals(35, budget.skippedPositions());
    assertThrows(IllegalArgumentException.class, () -> new SampleBudget(4.0, 1000, 1001, 0));
    assertThrows(IllegalArgumentException.class, () -> new SampleBudget(-1, 1000, 0, 0));
  }
}
