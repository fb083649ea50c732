package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowSizingTest {

  @Test
  void defaultGrowsAsAPowerLawFromTheMinimum() {
    WindowSizing sizing = WindowSizing.DEFAULT;
    assertEquals(0, sizing.size(0));
    assertEquals(19_999, sizing.size(19_999));
    assertFalse(sizing.ready(19_999));
    assertTrue(sizing.ready(20_000));
    assertEquals(20_000, sizing.size(20_000));
    // 20000 + floor(0.4 * ((25000^0.65 - 20000^0.65) / (0.65 * 20000^-0.35)))
    assertEquals(21_921, sizing.size(25_000));
    assertEquals(42_727, sizing.size(100_000));
    assertEquals(164_189, sizing.size(1_000_000));
    assertEquals(706_740, sizing.size(10_000_000));
    assertEquals(1_000_000, sizing.size(100_000_000));
  }

  @Test
  void initialSlopeIsTheExpansionRate() {
    WindowSizing sizing = new WindowSizing(1000, 0.5, 0.65, 1000, 1_000_000);
    // 0.5 * (1010^0.65 - 1000^0.65) / (0.65 * 1000^-0.35) = 4.99: just under 0.5 per position
    assertEquals(1000 + 4, sizing.size(1010));
    assertEquals(1000 + 49, sizing.size(1100));
  }

  @Test
  void linearFullExpansionKeepsEverythingUpToTheCap() {
    WindowSizing sizing = new WindowSizing(10, 1.0, 1.0, 10, 500);
    assertEquals(10, sizing.size(10));
    assertEquals(137, sizing.size(137));
    assertEquals(500, sizing.size(501));
  }

  @Test
  void fixedWindowStaysAtItsSize() {
    WindowSizing sizing = WindowSizing.fixed(1000);
    assertEquals(999, sizing.size(999));
    assertEquals(1000, sizing.size(1000));
    assertEquals(1000, sizing.size(5_000_000));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new WindowSizing(0, 0.4, 0.65, 1, 10));
    assertThrows(IllegalArgumentException.class, () -> new WindowSizing(10, 0, 0.65, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new WindowSizing(10, 0.4, 1.5, 10, 10));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WindowSizing(10, 0.4, 0.65, 10, 9));
    assertTrue(e.getMessage().contains("maxPositions (9)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WindowSizing.DEFAULT.size(-1));
  }
}
