package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.KoRule;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files in the shapes real servers and old programs write (src/test/resources/sgf). */
class SgfRealWorldTest {
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SgfRealWorldTest.class.getResourceAsStream("/sgf/" + name)) {
      return in.readAllBytes();
    }
  }

  private static int a(String vertex) {
    return Actions.parseGtp(vertex, 19);
  }

  @Test
  void kgsStyleHandicapGameWithVariations() throws IOException {
    SgfGame game = SgfReader.read(resource("kgs-style-handicap.sgf"));
    assertEquals(19, game.size());
    assertEquals(0.5, game.komi());
    assertEquals("Japanese", game.rules());
    assertEquals("blackcat", game.blackPlayer());
    assertEquals("whitebird", game.whitePlayer());
    assertEquals("W+12.50", game.result());
    assertEquals(5, game.handicap());
    assertEquals(List.of(a("D16"), a("Q16"), a("K10"), a("D4"), a("Q4")), game.blackSetup());
    assertEquals(Color.WHITE, game.firstToMove());
    assertEquals("whitebird [4d]: hi\nblackcat [2k]: good game, have fun \\o/", game.rootComment());
    assertEquals(List.of("ST", "TM", "OT", "WR", "BR", "PC"), List.copyOf(game.otherProperties().keySet()));
    assertEquals(
        List.of(Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK, Color.WHITE, Color.BLACK, Color.WHITE),
        game.moves().stream().map(SgfMove::color).toList());
    assertEquals(
        List.of(a("R14"), a("O17"), a("R10"), a("C14"), a("F17"), 361, 361),
        game.moves().stream().map(SgfMove::action).toList());
    assertEquals("the game\nwent on like this", game.moves().get(2).comment());

    Game replayed = game.toGame();
    assertEquals(new Rules(KoRule.SIMPLE, false, 0.5), replayed.rules());
    assertTrue(replayed.isOver()); // B[tt] and W[] are two passes
    assertEquals(Stone.BLACK, replayed.stoneAt(a("K10")));
    assertEquals(Stone.WHITE, replayed.stoneAt(a("F17")));
    assertEquals(Move.pass(Color.WHITE, 19), replayed.moves().get(6));
  }

  @Test
  void kgsStyleFileSurvivesARoundTrip() throws IOException {
    SgfGame game = SgfReader.read(resource("kgs-style-handicap.sgf"));
    String written = SgfWriter.write(game);
    assertEquals(game, SgfReader.read(written));
    assertEquals(written, SgfWriter.write(SgfReader.read(written)));
  }

  @Test
  void ff3CollectionWithLowercaseIdentifiersAndCompressedLists() throws IOException {
    List<SgfGame> games = SgfReader.readAll(resource("old-ff3-collection.sgf"));
    assertEquals(2, games.size());
    SgfGame first = games.get(0);
    assertEquals(9, first.size());
    assertEquals(5.5, first.komi());
    assertEquals("Old Program", first.blackPlayer());
    assertEquals("Human", first.whitePlayer());
    int c7 = Actions.parseGtp("C7", 9);
    int d6 = Actions.parseGtp("D6", 9);
    assertEquals(List.of(c7, c7 + 1, d6 - 1, d6), first.blackSetup());
    assertEquals(List.of(Actions.parseGtp("G3", 9), Actions.parseGtp("H3", 9)), first.whiteSetup());
    assertEquals(81, first.moves().get(2).action()); // W[tt]: a pass on 9x9
    Game game = first.toGame();
    assertEquals(Stone.BLACK, game.stoneAt(Actions.parseGtp("F5", 9)));
    assertEquals(Color.WHITE, game.toMove());
    assertEquals(List.of(SgfMove.of(Color.BLACK, 40)), games.get(1).moves());
  }
}
