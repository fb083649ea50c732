package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import org.junit.jupiter.api.Test;

class SgfPointsTest {
  @Test
  void lettersCountFromTheTopLeftWhileActionsCountRowsFromTheBottom() {
    assertEquals("A19", Actions.toGtp(SgfPoints.parsePoint("aa", 19), 19));
    assertEquals("A1", Actions.toGtp(SgfPoints.parsePoint("as", 19), 19));
    assertEquals("T19", Actions.toGtp(SgfPoints.parsePoint("sa", 19), 19));
    assertEquals("T1", Actions.toGtp(SgfPoints.parsePoint("ss", 19), 19));
    assertEquals("D16", Actions.toGtp(SgfPoints.parsePoint("dd", 19), 19));
    assertEquals("Q16", Actions.toGtp(SgfPoints.parsePoint("pd", 19), 19));
    assertEquals("C3", Actions.toGtp(SgfPoints.parsePoint("cq", 19), 19));
    assertEquals(18 * 19, SgfPoints.parsePoint("aa", 19));
    assertEquals(0, SgfPoints.parsePoint("as", 19));
  }

  @Test
  void nineByNineCornersAndCentre() {
    assertEquals(0, SgfPoints.parsePoint("ai", 9)); // A1
    assertEquals(8, SgfPoints.parsePoint("ii", 9)); // J1
    assertEquals(72, SgfPoints.parsePoint("aa", 9)); // A9
    assertEquals(80, SgfPoints.parsePoint("ia", 9)); // J9
    assertEquals(40, SgfPoints.parsePoint("ee", 9)); // E5
    assertEquals("C7", Actions.toGtp(SgfPoints.parsePoint("cc", 9), 9));
    assertEquals("cc", SgfPoints.format(Actions.parseGtp("C7", 9), 9));
    assertEquals("gc", SgfPoints.format(Actions.parseGtp("G7", 9), 9));
  }

  @Test
  void formatAndParseAreInversesOnEverySize() {
    for (int size = 2; size <= 25; size++) {
      for (int action = 0; action < size * size; action++) {
        String point = SgfPoints.format(action, size);
        assertEquals(action, SgfPoints.parseMove(point, size), point + " on " + size);
      }
      assertEquals("", SgfPoints.format(size * size, size));
      assertEquals(size * size, SgfPoints.parseMove("", size));
    }
  }

  @Test
  void ttIsAPassUpTo19x19AndAPointBeyond() {
    assertEquals(361, SgfPoints.parseMove("tt", 19));
    assertEquals(81, SgfPoints.parseMove("tt", 9));
    assertEquals(19, SgfPoints.parseMove("tt", 20)); // column t = 19, row t = 19 = the bottom row
    assertEquals("tt", SgfPoints.format(19, 20));
    assertThrows(IllegalArgumentException.class, () -> SgfPoints.parsePoint("tt", 19));
  }

  @Test
  void badPointsAreNamed() {
    IllegalArgumentException outside =
        assertThrows(IllegalArgumentException.class, () -> SgfPoints.parseMove("jj", 9));
    assertEquals("point 'jj' is outside the 9x9 board (letters a..i)", outside.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SgfPoints.parseMove("d", 9));
    assertTrue(bad.getMessage().startsWith("bad point 'd'"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SgfPoints.parseMove("d4", 9));
    assertThrows(IllegalArgumentException.class, () -> SgfPoints.parseMove("Aa", 25));
  }
}
