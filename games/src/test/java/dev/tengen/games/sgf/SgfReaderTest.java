package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SgfReaderTest {
  private static int gtp(String vertex, int size) {
    return Actions.parseGtp(vertex, size);
  }

  @Test
  void readsTheGameInformation() {
    SgfGame game = SgfReader.read(
        "(;GM[1]FF[4]CA[UTF-8]SZ[13]KM[6.5]RU[Japanese]PB[Black\\] Player]PW[White\nPlayer]"
            + "RE[W+R]DT[2026-11-26]HA[0]C[root \\\\ comment]"
            + ";B[dd]C[first move];W[jj];B[];W[tt])");
    assertEquals(13, game.size());
    assertEquals(6.5, game.komi());
    assertEquals("Japanese", game.rules());
    assertEquals("Black] Player", game.blackPlayer());
    assertEquals("White Player", game.whitePlayer());
    assertEquals("W+R", game.result());
    assertEquals("2026-11-26", game.date());
    assertEquals("root \\ comment", game.rootComment());
    assertEquals(
        List.of(
            new SgfMove(Color.BLACK, gtp("D10", 13), "first move", SgfPosition.NONE),
            SgfMove.of(Color.WHITE, gtp("K4", 13)),
            SgfMove.of(Color.BLACK, 169),
            SgfMove.of(Color.WHITE, 169)),
        game.moves());
    assertEquals(Color.BLACK, game.firstToMove());
    assertEquals(Map.of(), game.otherProperties());
  }

  @Test
  void movesRememberWhereTheyAre() {
    SgfGame game = SgfReader.read("(;SZ[9]\n;B[ee]\n;W[dc])");
    assertEquals(new SgfPosition(2, 3, 10), game.moves().get(0).at());
    assertEquals(new SgfPosition(3, 3, 17), game.moves().get(1).at());
  }

  @Test
  void defaultsWhenPropertiesAreMissing() {
    SgfGame game = SgfReader.read("(;)");
    assertEquals(19, game.size());
    assertEquals(0.0, game.komi());
    assertEquals("", game.rules());
    assertEquals(0, game.handicap());
    assertEquals(List.of(), game.moves());
    assertEquals(Color.BLACK, game.firstToMove());
  }

  @Test
  void setupStonesWithCompressedPointListsAndHandicap() {
    SgfGame game = SgfReader.read("(;SZ[9]HA[4]AB[cc:dd][gg]AW[ee];W[ce])");
    assertEquals(4, game.handicap());
    // cc:dd is the rectangle C7 D7 C6 D6, listed row by row from the top.
    assertEquals(List.of(gtp("C7", 9), gtp("D7", 9), gtp("C6", 9), gtp("D6", 9), gtp("G3", 9)), game.blackSetup());
    assertEquals(List.of(gtp("E5", 9)), game.whiteSetup());
    assertEquals(Color.WHITE, game.firstToMove());
    assertEquals(SgfMove.of(Color.WHITE, gtp("C5", 9)), game.moves().get(0));
  }

  @Test
  void compressedListCornersMayComeInAnyOrder() {
    assertEquals(SgfReader.read("(;SZ[5]AB[ab:cd])").blackSetup(), SgfReader.read("(;SZ[5]AB[cd:ab])").blackSetup());
    assertEquals(SgfReader.read("(;SZ[5]AB[cb:ad])").blackSetup(), SgfReader.read("(;SZ[5]AB[ab:cd])").blackSetup());
    assertEquals(9, SgfReader.read("(;SZ[5]AB[cb:ad])").blackSetup().size());
  }

  @Test
  void setupInLaterNodesBeforeTheFirstMoveAndErasing() {
    SgfGame game = SgfReader.read("(;SZ[9]AB[aa][bb][cc];AE[bb]AW[dd];AW[cc]PL[B];B[ee])");
    assertEquals(List.of(gtp("A9", 9)), game.blackSetup());
    assertEquals(List.of(gtp("D6", 9), gtp("C7", 9)), game.whiteSetup());
    assertEquals(Color.BLACK, game.firstToMove());
  }

  @Test
  void playerToMoveWithoutMoves() {
    assertEquals(Color.WHITE, SgfReader.read("(;SZ[9]AB[cc][gg])").firstToMove());
    assertEquals(Color.BLACK, SgfReader.read("(;SZ[9]AB[cc][gg]PL[B])").firstToMove());
    assertEquals(Color.WHITE, SgfReader.read("(;SZ[9]PL[W])").firstToMove());
  }

  @Test
  void passesAreEmptyOrTtUpTo19x19() {
    assertEquals(361, SgfReader.read("(;B[tt];W[])").moves().get(0).action());
    assertEquals(361, SgfReader.read("(;B[tt];W[])").moves().get(1).action());
    assertEquals(400, SgfReader.read("(;SZ[20];B[])").moves().get(0).action());
    assertEquals(19, SgfReader.read("(;SZ[20];B[tt])").moves().get(0).action());
  }

  @Test
  void commentsOfNodesWithoutMovesJoinTheRootOrThePreviousMove() {
    SgfGame game = SgfReader.read("(;C[a];C[b];B[aa]C[c];C[d];W[bb];C[e])");
    assertEquals("a\nb", game.rootComment());
    assertEquals("c\nd", game.moves().get(0).comment());
    assertEquals("e", game.moves().get(1).comment());
  }

  @Test
  void unknownRootPropertiesArePreservedRawAndOthersSkipped() {
    SgfGame game = SgfReader.read(
        "(;GM[1]FF[4]AP[CGoban:3]ST[2]GN[Final \\] game]EV[Cup]SZ[9]TM[600]OT[5x30 byo-yomi]"
            + ";B[ee]BL[599.5]TR[aa][bb];W[dd]LB[cc:A]WL[598])");
    assertEquals(
        Map.of("ST", List.of("2"), "GN", List.of("Final \\] game"), "EV", List.of("Cup"), "TM", List.of("600"),
            "OT", List.of("5x30 byo-yomi")),
        game.otherProperties());
    assertEquals(List.of("ST", "GN", "EV", "TM", "OT"), List.copyOf(game.otherProperties().keySet()));
    assertEquals(2, game.moves().size());
  }

  @Test
  void sameColourTwiceIsKeptAsTheFileHasIt() {
    SgfGame game = SgfReader.read("(;SZ[9];B[ee];B[dd];W[cc])");
    assertEquals(List.of(Color.BLACK, Color.BLACK, Color.WHITE), game.moves().stream().map(SgfMove::color).toList());
  }

  @Test
  void aCollectionExposesEveryGameAndReadTakesTheFirst() {
    String text = "(;SZ[9]PB[first];B[ee])(;SZ[13]PB[second];B[aa];W[bb])";
    assertEquals("first", SgfReader.read(text).blackPlayer());
    List<SgfGame> all = SgfReader.readAll(text);
    assertEquals(2, all.size());
    assertEquals(13, all.get(1).size());
    assertEquals(2, all.get(1).moves().size());
  }

  // ------------------------------------------------------------------ errors, with their positions

  @Test
  void boardSizeErrors() {
    assertError("(;SZ[26])", "SZ[26] is outside the supported sizes 2..25", 1, 5, 4);
    assertError("(;SZ[1])", "SZ[1] is outside the supported sizes 2..25", 1, 5, 4);
    assertError("(;FF[4]\nSZ[9:13])", "SZ[9:13]: non-square boards are not supported", 2, 3, 10);
    assertError("(;SZ[nine])", "SZ[nine] is not a board size", 1, 5, 4);
    assertEquals(9, SgfReader.read("(;SZ[9:9])").size());
    assertError("(;SZ[9];SZ[13])", "SZ outside the root node", 1, 9, 8);
  }

  @Test
  void komiAndHandicapMustBeNumbers() {
    assertError("(;SZ[9]KM[seven])", "KM[seven] is not a number", 1, 10, 9);
    assertError("(;SZ[9]KM[7,5])", "KM[7,5] is not a number", 1, 10, 9);
    assertError("(;SZ[9]KM[1e3])", "KM[1e3] is not a number", 1, 10, 9);
    assertEquals(-3.5, SgfReader.read("(;KM[-3.5])").komi());
    assertEquals(0.0, SgfReader.read("(;KM[])").komi());
    assertError("(;HA[two])", "HA[two] is not a number of stones", 1, 5, 4);
    assertError("(;HA[-2])", "HA[-2] is negative", 1, 5, 4);
  }

  @Test
  void pointsOutsideTheBoard() {
    assertError("(;SZ[9]\n;B[ee]\n;W[jj])", "W[jj]: point 'jj' is outside the 9x9 board (letters a..i)", 3, 3, 17);
    assertError("(;SZ[9]AB[aa:jj])", "AB[aa:jj]: point 'jj' is outside the 9x9 board (letters a..i)", 1, 10, 9);
    assertError("(;SZ[19]AW[tt])", "AW[tt]: point 'tt' is outside the 19x19 board (letters a..s)", 1, 11, 10);
    assertError("(;B[d4])", "B[d4]: bad point 'd4': expected two letters such as 'dd'", 1, 4, 3);
  }

  @Test
  void structuralErrorsOfTheGame() {
    assertError("(;GM[2];B[aa])", "GM[2]: not a game of Go (GM[1])", 1, 5, 4);
    assertError("(;SZ[9];B[aa]W[bb])", "node has both a B and a W move", 1, 14, 13);
    assertError("(;SZ[9];B[aa][bb])", "move B has 2 values; a move has one", 1, 14, 13);
    assertError("(;SZ[9];B[aa];AB[cc])", "AB after move 1: setup stones are only supported before the first move",
        1, 15, 14);
    assertError("(;SZ[9]PL[X])", "PL[X]: expected B or W", 1, 10, 9);
    assertError("(;SZ[9]AB[aa][bb]AW[cc][bb])", "AW[bb]: point 'bb' is also in AB of this node", 1, 24, 23);
  }

  private static void assertError(String text, String problem, int line, int column, int offset) {
    SgfException e = assertThrows(SgfException.class, () -> SgfReader.read(text));
    assertEquals(problem, e.problem());
    assertEquals(new SgfPosition(line, column, offset), e.position(), e.getMessage());
  }
}
