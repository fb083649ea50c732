package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.Game;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SgfRoundTripTest {
  @Test
  void writerOutputIsExactlyThis() {
    SgfGame game = new SgfGame(9, 7.5, "Chinese", "Tengen A", "GNU Go", "B+R", "2026-11-26", 2,
        List.of(Actions.parseGtp("C3", 9), Actions.parseGtp("G7", 9)), List.of(), Color.WHITE,
        List.of(SgfMove.of(Color.WHITE, Actions.parseGtp("E5", 9)).withComment("value 0.31 [ok]"),
            SgfMove.of(Color.BLACK, 81)),
        "a root \\ comment", Map.of("GN", List.of("demo")));
    assertEquals(
        "(;GM[1]FF[4]CA[UTF-8]AP[Tengen]\n"
            + "SZ[9]KM[7.5]RU[Chinese]PB[Tengen A]PW[GNU Go]DT[2026-11-26]RE[B+R]HA[2]\n"
            + "AB[cg][gc]GN[demo]C[a root \\\\ comment]\n"
            + ";W[ee]C[value 0.31 [ok\\]];B[])\n",
        SgfWriter.write(game));
  }

  @Test
  void emptyFieldsAreLeftOutAndTenMovesGoOnALine() {
    SgfGame game = SgfGame.fromGame(RandomGames.play(5, 7, 12, 0.0));
    String text = SgfWriter.write(game.withResult(""));
    String[] lines = text.split("\n");
    assertEquals("SZ[5]KM[7.5]RU[Chinese]", lines[1]);
    assertEquals(10, lines[2].chars().filter(c -> c == ';').count());
    assertEquals(2, lines[3].chars().filter(c -> c == ';').count());
  }

  @Test
  void playerToMoveIsWrittenOnlyWhenItCannotBeInferred() {
    assertTrue(SgfWriter.write(SgfReader.read("(;SZ[9]AB[cc][gg]PL[B])")).contains("PL[B]"));
    assertTrue(!SgfWriter.write(SgfReader.read("(;SZ[9]AB[cc][gg]PL[W])")).contains("PL["));
    assertTrue(SgfWriter.write(SgfReader.read("(;SZ[9]PL[W])")).contains("PL[W]"));
  }

  @Test
  void textToRecordToTextToRecordIsStable() {
    String[] texts = {
      "(;GM[1]FF[4]SZ[19]KM[6.5]RU[Japanese]PB[a]PW[b]RE[W+0.5]DT[2020]HA[3]AB[dd][pd][dp]GN[x\\]y]"
          + ";W[qp]C[hello];B[];W[tt])",
      "(;SZ[9];B[ee];B[dd];W[cc]C[twice])",
      "(;SZ[25]KM[-3];B[yy];W[aa];B[tt])",
      "(;SZ[9]AB[aa:cc]AW[ii]PL[B])",
      "(;SZ[2]KM[0.5];B[aa];W[bb];B[];W[])",
    };
    for (String text : texts) {
      SgfGame first = SgfReader.read(text);
      String written = SgfWriter.write(first);
      SgfGame second = SgfReader.read(written);
      assertEquals(first, second, text);
      assertEquals(written, SgfWriter.write(second), text);
    }
  }

  @Test
  void commentsWithSpecialCharactersSurvive() {
    String[] comments = {
      "]", "\\", "\\]", "]\\", "a]b\\c", "[not a value]", "x:y", "line one\nline two\n\nline four",
      "ends with a backslash\\", "unicode: 天元 — ±0.5 ✓", ";B[aa](;W[bb])", "trailing space ",
    };
    SgfGame game = SgfGame.fromGame(RandomGames.play(9, 3, comments.length, 0.0));
    for (int i = 0; i < comments.length; i++) {
      game = game.withMoveComment(i, comments[i]);
    }
    game = game.withRootComment("root ] \\ [").withPlayers("B] \\", "W [x]").withDate("2026:11:26");
    SgfGame back = SgfReader.read(SgfWriter.write(game));
    assertEquals(game, back);
    for (int i = 0; i < comments.length; i++) {
      assertEquals(comments[i], back.moves().get(i).comment());
    }
    byte[] utf8 = SgfWriter.write(game).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(game, SgfReader.read(utf8));
  }

  @Test
  void gameToSgfToGameKeepsMovesSetupKomiRulesAndResult() {
    List<Game> games = List.of(
        RandomGames.play(9, 4, 500, 0.05), // ends by two passes at ply 161
        RandomGames.play(9, 13, 40, 0.1), // unfinished, three passes mid-game
        RandomGames.play(new Game(9, new Rules(KoRule.SIMPLE, true, 6)), 13, 300, 0.03),
        RandomGames.play(new Game(7, Rules.DEFAULT, 20), 14, 1000, 0.0), // move cap
        RandomGames.play(19, 15, 250, 0.01),
        RandomGames.play(handicapGame(), 16, 120, 0.02),
        resigned());
    assertEquals(EndReason.TWO_PASSES, games.get(0).result().reason());
    assertTrue(!games.get(1).isOver());
    assertEquals(3, games.get(1).moves().stream().filter(m -> m.action() == 81).count());
    assertEquals(EndReason.MOVE_CAP, games.get(3).result().reason());
    assertEquals(EndReason.RESIGNATION, games.get(6).result().reason());
    assertTrue(games.stream().mapToInt(g -> g.captures(Color.BLACK) + g.captures(Color.WHITE)).sum() > 10);
    for (Game original : games) {
      String text = SgfWriter.write(SgfGame.fromGame(original));
      Game copy = SgfReader.read(text).toGame(original.moveCap());
      assertEquals(original.moves(), copy.moves(), text);
      assertEquals(original.rules(), copy.rules(), text);
      assertArrayEquals(start(original), start(copy), text);
      assertArrayEquals(RandomGames.stones(original), RandomGames.stones(copy), text);
      assertEquals(original.isOver(), copy.isOver(), text);
      if (original.isOver()) {
        assertEquals(original.result(), copy.result(), text);
      }
      assertEquals(original.toMove(), copy.toMove(), text);
    }
  }

  @Test
  void theDefaultMoveCapReproducesAGameCappedAtTengensDefault() {
    Game capped = RandomGames.play(new Game(5, Rules.DEFAULT), 21, 10_000, 0.0);
    assertEquals(EndReason.MOVE_CAP, capped.result().reason());
    Game copy = SgfReader.read(SgfWriter.write(SgfGame.fromGame(capped))).toGame();
    assertEquals(capped.result(), copy.result());
    assertEquals(capped.moves(), copy.moves());
  }

  @Test
  void fromGameRecordsHandicapAndWhoMovesFirst() {
    SgfGame record = SgfGame.fromGame(handicapGame());
    assertEquals(4, record.handicap());
    assertEquals(Color.WHITE, record.firstToMove());
    assertEquals(0.5, record.komi());
    assertEquals(
        List.of(Actions.parseGtp("D4", 19), Actions.parseGtp("Q4", 19), Actions.parseGtp("D16", 19),
            Actions.parseGtp("Q16", 19)),
        record.blackSetup());
    assertTrue(SgfWriter.write(record).contains("HA[4]\nAB[dp][pp][dd][pd]"));
  }

  private static Game handicapGame() {
    int[] black = {Actions.parseGtp("D4", 19), Actions.parseGtp("Q16", 19), Actions.parseGtp("D16", 19),
        Actions.parseGtp("Q4", 19)};
    return Game.withSetup(19, Rules.DEFAULT.withKomi(0.5), 3 * 361, black, new int[0], Color.WHITE);
  }

  private static Game resigned() {
    Game game = RandomGames.play(9, 17, 30, 0.0);
    game.resign(Color.WHITE);
    return game;
  }

  private static int[] start(Game game) {
    int[] out = new int[game.size() * game.size()];
    game.stonesAgo(game.moveNumber(), out);
    return out;
  }
}
