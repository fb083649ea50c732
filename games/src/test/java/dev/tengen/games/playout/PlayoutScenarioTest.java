package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Stone;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Named positions on {@link PlayoutBoard}, each step also played on {@code Board} and compared
 * with it ({@link Twin}). The ko, snapback, suicide and capture-instead-of-suicide positions are
 * those of the GNU Go-checked oracle scenarios (src/test/resources/oracle/scenarios.jsonl).
 */
class PlayoutScenarioTest {

  @Test
  @DisplayName("a single stone with no liberty left is captured")
  void singleStoneCapture() {
    Twin t = Twin.of(
        ".....",
        "..X..",
        ".XO..",
        "..X..",
        ".....");
    assertTrue(t.fast.isInAtari(t.at("C3")));
    assertEquals(t.at("D3"), t.fast.atariLiberty(t.at("C3")));
    t.play('B', "D3");
    assertEquals(List.of(".....", "..X..", ".X.X.", "..X..", "....."), t.rows());
    assertEquals(1, t.fast.captures(Stone.BLACK));
    assertEquals(-1, t.fast.koVertex(), "the capturer has empty neighbours: no ko");
    assertEquals(21, t.fast.emptyCount());
  }

  @Test
  @DisplayName("snapback: a throw-in is captured, then five stones are recaptured; no ko")
  void snapbackCapturesAChain() {
    Twin t = Twin.of(
        ".....",
        ".....",
        "OOOO.",
        "XXXO.",
        "..XO.");
    assertTrue(t.isLegal('W', "B1"), "self-atari, not suicide");
    t.play('W', "B1");
    assertTrue(t.fast.isInAtari(t.at("B1")));
    assertTrue(t.fast.isInAtari(t.at("A2")), "the five black stones have one liberty, A1");
    assertEquals(t.at("A1"), t.fast.atariLiberty(t.at("C1")));
    t.play('B', "A1");
    assertEquals(List.of(".....", ".....", "OOOO.", "XXXO.", "X.XO."), t.rows());
    assertEquals(-1, t.fast.koVertex(), "the capturer joined a chain: no ko");
    assertTrue(t.isLegal('W', "B1"), "recapturing five stones is not a ko");
    t.play('W', "B1");
    assertEquals(List.of(".....", ".....", "OOOO.", "...O.", ".O.O."), t.rows());
    assertEquals(1, t.fast.captures(Stone.BLACK));
    assertEquals(5, t.fast.captures(Stone.WHITE));
    assertEquals(-1, t.fast.koVertex());
    assertTrue(t.isLegal('B', "A1"));
    assertTrue(t.isLegal('B', "C1"));
  }

  @Test
  @DisplayName("ko: the immediate retake is illegal, legal after an exchange elsewhere")
  void koRetakeForbiddenThenAllowed() {
    Twin t = koPosition();
    t.play('B', "C3");
    assertEquals(List.of(".....", ".XO..", "X.XO.", ".XO..", "....."), t.rows());
    assertEquals(t.at("B3"), t.fast.koVertex());
    assertEquals(Stone.WHITE, t.fast.koStone());
    assertFalse(t.isLegal('W', "B3"), "immediate retake");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> t.fast.play(t.at("B3"), Stone.WHITE));
    assertTrue(e.getMessage().contains("ko"), e.getMessage());
    t.check("after the refused retake");
    assertTrue(t.isLegal('B', "B3"), "the capturer may fill the ko point");
    t.play('W', "E5");
    t.play('B', "E1");
    assertTrue(t.isLegal('W', "B3"));
    t.play('W', "B3");
    assertEquals(List.of("....O", ".XO..", "XO.O.", ".XO..", "....X"), t.rows());
    assertEquals(1, t.fast.captures(Stone.WHITE));
    assertEquals(t.at("C3"), t.fast.koVertex());
    assertFalse(t.isLegal('B', "C3"), "now Black may not retake");
  }

  @Test
  @DisplayName("ko: a pass lifts the ban")
  void koLiftedByPass() {
    Twin t = koPosition();
    t.play('B', "C3");
    assertFalse(t.isLegal('W', "B3"));
    t.pass();
    assertEquals(-1, t.fast.koVertex());
    assertTrue(t.isLegal('W', "B3"));
  }

  private static Twin koPosition() {
    return Twin.of(
        ".....",
        ".XO..",
        "XO.O.",
        ".XO..",
        ".....");
  }

  @Test
  @DisplayName("single- and multi-stone suicide are illegal and leave the board unchanged")
  void suicideIllegal() {
    Twin t = Twin.of(
        "XXO....",
        ".XO.O..",
        "XXOO.O.",
        "OOO.O..",
        ".......",
        ".....XX",
        ".....X.");
    assertFalse(t.isLegal('B', "E5"), "single-stone suicide");
    assertTrue(t.isLegal('W', "E5"), "filling one's own eye");
    assertFalse(t.isLegal('B', "A6"), "six-stone suicide");
    assertTrue(t.isLegal('W', "A6"), "captures five");
    assertFalse(t.isLegal('W', "G1"), "single-stone suicide in the corner");
    assertTrue(t.isLegal('B', "G1"));
    assertTrue(t.fast.isSuicide(t.at("A6"), Stone.BLACK));
    PlayoutBoard before = t.fast.copy();
    List<String> rows = t.rows();
    for (String[] move : new String[][] {{"B", "E5"}, {"B", "A6"}, {"W", "G1"}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> t.fast.play(t.at(move[1]), Twin.stone(move[0].charAt(0))));
      assertTrue(e.getMessage().contains("suicide"), e.getMessage());
    }
    assertEquals(rows, t.rows());
    assertSameState(before, t.fast);
    t.check("after the refused suicides");
    t.play('W', "A6");
    assertEquals(List.of("..O....", "O.O.O..", "..OO.O.", "OOO.O..", ".......", ".....XX",
        ".....X."), t.rows());
    assertEquals(5, t.fast.captures(Stone.WHITE));
    assertTrue(t.isLegal('B', "B6"));
    assertTrue(t.isLegal('B', "A7"));
  }

  @Test
  @DisplayName("a move with no empty neighbour that captures is not suicide (four chains captured)")
  void captureInsteadOfSuicide() {
    Twin t = Twin.of(
        ".XOX.",
        "XO.OX",
        ".XOX.",
        "..X..",
        ".....");
    assertFalse(t.fast.isSuicide(t.at("C4"), Stone.BLACK));
    assertTrue(t.fast.isSuicide(t.at("C4"), Stone.WHITE));
    assertTrue(t.isLegal('B', "C4"));
    t.play('B', "C4");
    assertEquals(List.of(".X.X.", "X.X.X", ".X.X.", "..X..", "....."), t.rows());
    assertEquals(4, t.fast.captures(Stone.BLACK));
    assertEquals(-1, t.fast.koVertex(), "four stones captured: no ko");
    assertFalse(t.isLegal('W', "C5"), "suicide");
    assertTrue(t.isLegal('B', "C5"));
  }

  @Test
  @DisplayName("atari with one liberty counted four times: detected, captured at 0")
  void atariWithRepeatedPseudoLiberty() {
    Twin t = Twin.of(
        ".OOO.",
        "OXXXO",
        "OX.XO",
        "OXXXO",
        ".OOO.");
    int ring = t.at("B2");
    assertEquals(8, t.fast.chainSize(ring));
    assertEquals(4, t.fast.pseudoLiberties(ring), "C3 touches four stones of the ring");
    assertTrue(t.fast.isInAtari(ring));
    assertEquals(t.at("C3"), t.fast.atariLiberty(ring));
    assertTrue(t.fast.isEyeOf(t.at("C3"), Stone.BLACK));
    assertFalse(t.isLegal('B', "C3"), "filling the last liberty is a nine-stone suicide");
    assertTrue(t.isLegal('W', "C3"), "captures the ring");
    int top = t.at("C5");
    assertEquals(2, t.fast.pseudoLiberties(top));
    assertFalse(t.fast.isInAtari(top), "two distinct liberties");
    t.play('W', "C3");
    assertEquals(List.of(".OOO.", "O...O", "O.O.O", "O...O", ".OOO."), t.rows());
    assertEquals(8, t.fast.captures(Stone.WHITE));
    assertEquals(4, t.fast.pseudoLiberties(t.at("C3")));
    assertEquals(-1, t.fast.koVertex());
  }

  @Test
  @DisplayName("a chain whose liberties are all shared edges: atari found only when one point is left")
  void sharedLibertiesUntilAtari() {
    Twin t = Twin.of(
        ".....",
        ".XXX.",
        ".X.X.",
        ".....",
        ".....");
    int chain = t.at("B4");
    assertFalse(t.fast.isInAtari(chain));
    for (String white : new String[] {"A4", "B5", "C5", "D5", "E4", "A3", "E3", "B2", "D2"}) {
      assertFalse(t.fast.isInAtari(chain), "before " + white);
      t.play('W', white);
    }
    // Only C3, inside the U, is left: three edges of the chain reach it.
    assertEquals(3, t.fast.pseudoLiberties(chain));
    assertTrue(t.fast.isInAtari(chain));
    assertEquals(t.at("C3"), t.fast.atariLiberty(chain));
    assertTrue(t.isLegal('W', "C3"));
    t.play('W', "C3");
    assertEquals(5, t.fast.captures(Stone.WHITE));
  }

  @Test
  @DisplayName("2x2: mutual atari, suicide, eyes and captures on the smallest board")
  void smallestBoard() {
    Twin t = Twin.of(
        "..",
        "X.");
    assertEquals(2, t.fast.size());
    t.play('W', "B2");
    t.play('B', "A2");
    assertTrue(t.fast.isInAtari(t.at("A1")), "A1-A2 has only B1 left");
    assertTrue(t.fast.isInAtari(t.at("B2")), "and so has B2");
    assertTrue(t.isLegal('B', "B1"), "captures B2");
    assertTrue(t.isLegal('W', "B1"), "captures A1-A2");
    t.play('W', "B1");
    assertEquals(List.of(".O", ".O"), t.rows());
    assertEquals(2, t.fast.captures(Stone.WHITE));

    Twin s = Twin.of(
        "O.",
        ".O");
    assertFalse(s.isLegal('B', "A1"), "single-stone suicide in a corner");
    assertFalse(s.isLegal('B', "B2"));
    assertTrue(s.fast.isEyeOf(s.at("A1"), Stone.WHITE), "corner eye, empty diagonal");
    assertTrue(s.isLegal('W', "A1"), "filling one's own eye keeps B2");
    s.play('W', "A1");
    assertTrue(s.fast.isInAtari(s.at("A1")));
    assertEquals(s.at("B2"), s.fast.atariLiberty(s.at("B1")));
    assertTrue(s.isLegal('B', "B2"), "captures three");
    s.play('B', "B2");
    assertEquals(List.of(".X", ".."), s.rows());
    assertEquals(3, s.fast.captures(Stone.BLACK));
    assertEquals(-1, s.fast.koVertex());
  }

  @Test
  @DisplayName("25x25: corners and edges, eyes and captures at the far corner")
  void largestBoard() {
    String[] rows = new String[25];
    Arrays.fill(rows, ".........................");
    Twin t = Twin.of(rows);
    assertEquals(t.board.vertex(624), t.at("Z25"));
    t.play('W', "A1");
    t.play('B', "A2");
    t.play('B', "B1");
    assertEquals(1, t.fast.captures(Stone.BLACK));
    assertEquals(-1, t.fast.koVertex());
    t.play('B', "Y25");
    t.play('B', "Z24");
    assertTrue(t.fast.isEyeOf(t.at("Z25"), Stone.BLACK), "corner eye");
    t.play('W', "Y24");
    assertFalse(t.fast.isEyeOf(t.at("Z25"), Stone.BLACK),
        "an opponent diagonal on the edge makes it false");
    t.play('W', "X25");
    t.play('W', "Z23");
    t.play('W', "Y23");
    assertTrue(t.fast.isInAtari(t.at("Y25")), "Y25 has only Z25 left");
    assertTrue(t.fast.isInAtari(t.at("Z24")), "so has Z24, a different chain");
    assertEquals(1, t.fast.chainSize(t.at("Z24")));
    assertTrue(t.isLegal('W', "Z25"), "captures both");
    t.play('W', "Z25");
    assertEquals(3, t.fast.captures(Stone.WHITE) + t.fast.captures(Stone.BLACK));
    assertEquals(-1, t.fast.koVertex(), "two stones captured");
  }

  @Test
  @DisplayName("seki position: suicide points, self-atari and Tromp-Taylor area (B 53, W 27)")
  void sekiArea() {
    Twin t = Twin.of(
        ".X.O.OX..",
        "XXXOOOXXX",
        "OOOXXXXXX",
        "..OX.....",
        "OOOX.....",
        "..OX.....",
        "OOOX.....",
        "..OX.....",
        "..OX.....");
    assertTrue(t.isLegal('B', "C9"), "self-atari");
    assertTrue(t.isLegal('W', "C9"), "self-atari");
    assertFalse(t.isLegal('B', "E9"));
    assertFalse(t.isLegal('W', "A9"));
    assertTrue(t.isLegal('B', "A9"), "own eye fill");
    assertEquals(53 - 27, t.fast.areaDifference());
    assertEquals(t.board.areaDifference(), t.fast.areaDifference());
  }

  @Test
  void copyFromAndResetRestoreEverything() {
    Twin t = koPosition();
    t.play('B', "C3");
    PlayoutBoard copy = new PlayoutBoard(5);
    copy.copyFrom(t.fast);
    assertSameState(t.fast, copy);
    copy.checkConsistency();
    assertEquals(t.fast.koVertex(), copy.koVertex());
    copy.reset();
    copy.checkConsistency();
    assertSameState(new PlayoutBoard(5), copy);
    assertThrows(IllegalArgumentException.class, () -> copy.copyFrom(new PlayoutBoard(6)));
  }

  /** Every observable of two playout boards, the order of the empty list included. */
  static void assertSameState(PlayoutBoard expected, PlayoutBoard actual) {
    assertEquals(expected.toString(), actual.toString());
    assertEquals(expected.emptyCount(), actual.emptyCount());
    for (int i = 0; i < expected.emptyCount(); i++) {
      assertEquals(expected.emptyVertex(i), actual.emptyVertex(i), "empty list entry " + i);
    }
    for (int v = 0; v < expected.vertexCount(); v++) {
      assertEquals(expected.chainHead(v), actual.chainHead(v));
      assertEquals(expected.pseudoLiberties(v), actual.pseudoLiberties(v));
      assertEquals(expected.chainSize(v), actual.chainSize(v));
    }
    assertEquals(expected.koVertex(), actual.koVertex());
    assertEquals(expected.koStone(), actual.koStone());
    assertEquals(expected.captures(Stone.BLACK), actual.captures(Stone.BLACK));
    assertEquals(expected.captures(Stone.WHITE), actual.captures(Stone.WHITE));
    assertEquals(expected.areaDifference(), actual.areaDifference());
  }
}
