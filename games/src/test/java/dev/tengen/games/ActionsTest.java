package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Action indices, GTP vertices, Point and Move at the edges. */
class ActionsTest {

  @Test
  void actionIndexIsRowMajorFromTheBottomLeftWithPassLast() {
    assertEquals(0, Actions.of(0, 0, 9));
    assertEquals(8, Actions.of(8, 0, 9));
    assertEquals(9, Actions.of(0, 1, 9));
    assertEquals(80, Actions.of(8, 8, 9));
    assertEquals(81, Actions.pass(9));
    assertEquals(82, Actions.count(9));
    assertEquals(3, Actions.x(Actions.of(3, 5, 19), 19));
    assertEquals(5, Actions.y(Actions.of(3, 5, 19), 19));
    assertEquals(361, Actions.pass(19));
  }

  @Test
  void gtpVerticesSkipTheLetterIAndCountRowsFromTheBottom() {
    assertEquals("A1", Actions.toGtp(0, 9));
    assertEquals("H1", Actions.toGtp(7, 9));
    assertEquals("J1", Actions.toGtp(8, 9));
    assertEquals("D4", Actions.toGtp(Actions.of(3, 3, 19), 19));
    assertEquals("T19", Actions.toGtp(Actions.of(18, 18, 19), 19));
    assertEquals("Z25", Actions.toGtp(Actions.of(24, 24, 25), 25));
    assertEquals("pass", Actions.toGtp(81, 9));
  }

  @Test
  void parsingIsCaseInsensitiveAndAcceptsPass() {
    assertEquals(Actions.of(3, 3, 19), Actions.parseGtp("d4", 19));
    assertEquals(Actions.of(3, 3, 19), Actions.parseGtp("D4", 19));
    assertEquals(Actions.of(8, 8, 9), Actions.parseGtp(" j9 ", 9));
    assertEquals(81, Actions.parseGtp("PASS", 9));
    assertEquals(81, Actions.parseGtp("Pass", 9));
  }

  @Test
  void everyVertexOfEverySizeRoundTrips() {
    for (int size = Actions.MIN_SIZE; size <= Actions.MAX_SIZE; size++) {
      for (int a = 0; a < Actions.count(size); a++) {
        String gtp = Actions.toGtp(a, size);
        assertEquals(a, Actions.parseGtp(gtp, size), gtp);
        assertEquals(a, Actions.parseGtp(gtp.toLowerCase(java.util.Locale.ROOT), size), gtp);
      }
    }
  }

  @Test
  void badVerticesAreRejectedNamingTheTextAndTheSize() {
    for (String bad : new String[] {"K9", "I5", "A0", "A10", "", "pass1", "5A", "AA", "A-1", "Ä1"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Actions.parseGtp(bad, 9), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("9x9"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Actions.parseGtp(null, 9));
    assertThrows(IllegalArgumentException.class, () -> Actions.parseGtp("A1", 26));
    assertThrows(IllegalArgumentException.class, () -> Actions.toGtp(82, 9));
    assertThrows(IllegalArgumentException.class, () -> Actions.toGtp(-1, 9));
    assertThrows(IllegalArgumentException.class, () -> Actions.of(9, 0, 9));
  }

  @Test
  void sizesOutsideTwoToTwentyFiveAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Actions.checkSize(1));
    assertThrows(IllegalArgumentException.class, () -> Actions.checkSize(26));
    assertEquals(2, Actions.checkSize(2));
    assertEquals(25, Actions.checkSize(25));
    assertThrows(IllegalArgumentException.class, () -> new Game(1, Rules.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> new Board(26));
  }

  @Test
  void pointsConvertToActionsAndVertices() {
    Point p = Point.parseGtp("c3", 9);
    assertEquals(new Point(2, 2), p);
    assertEquals(20, p.action(9));
    assertEquals("C3", p.toGtp(9));
    assertEquals(p, Point.ofAction(20, 9));
    assertThrows(IllegalArgumentException.class, () -> Point.parseGtp("pass", 9));
    assertThrows(IllegalArgumentException.class, () -> Point.ofAction(81, 9));
    assertThrows(IllegalArgumentException.class, () -> new Point(-1, 0));
  }

  @Test
  void movesParseAndPrintAsGtp() {
    assertEquals(Move.play(Color.BLACK, 30), Move.parseGtp("B D4", 9));
    assertEquals(Move.pass(Color.WHITE, 9), Move.parseGtp("white PASS", 9));
    assertEquals(Move.resign(Color.BLACK), Move.parseGtp("b resign", 9));
    assertEquals("W pass", Move.pass(Color.WHITE, 9).toString(9));
    assertEquals("B D4", Move.play(Color.BLACK, 30).toString(9));
    assertEquals("resign", Move.resign(Color.WHITE).toGtp(9));
    assertTrue(Move.pass(Color.BLACK, 19).isPass(19));
    assertThrows(IllegalArgumentException.class, () -> Move.parseGtp("X D4", 9));
    assertThrows(IllegalArgumentException.class, () -> Move.parseGtp("B", 9));
    assertThrows(IllegalArgumentException.class, () -> new Move(Color.BLACK, 3, true));
    assertThrows(IllegalArgumentException.class, () -> new Move(Color.BLACK, -1, false));
  }

  @Test
  void colorsConvertToStonesAndLetters() {
    assertEquals(Stone.BLACK, Color.BLACK.stone());
    assertEquals(Stone.WHITE, Color.WHITE.stone());
    assertEquals(Color.WHITE, Color.BLACK.opponent());
    assertEquals(Color.BLACK, Color.ofStone(1));
    assertEquals(Color.WHITE, Color.ofStone(2));
    assertEquals('B', Color.BLACK.sgfLetter());
    assertEquals('W', Color.WHITE.sgfLetter());
    assertThrows(IllegalArgumentException.class, () -> Color.ofStone(Stone.EMPTY));
  }
}
