package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PlayoutBoard} against {@link Game} under {@code ko=simple,suicide=forbidden}: seeded
 * games whose moves {@link RandomPlayout#choose} picks, with {@code Game}'s legality of every
 * point for both colours, its ko point for the side to move, its end of game (two passes or
 * the move cap of 3 N^2 plies, the playout's own stopping rule), captures and area compared
 * with the playout board's after every ply.
 */
class GameAgreementTest {

  @ParameterizedTest(name = "{0}x{0}, {1} games")
  @CsvSource({"4, 100", "5, 100", "7, 60", "9, 40"})
  void sameRulesAsGameWithSimpleKo(int size, int games) {
    int kos = 0;
    for (int seed = 1; seed <= games; seed++) {
      kos += playAgainstGame(size, 7_000L * size + seed);
    }
    assertTrue(kos > 0, "ko points were set");
  }

  /** One seeded game; returns the number of plies after which a ko point was set. */
  private static int playAgainstGame(int size, long seed) {
    Game game = new Game(size, new Rules(KoRule.SIMPLE, false, 7.5));
    PlayoutBoard board = new PlayoutBoard(size);
    XorShiftRandom random = new XorShiftRandom(seed);
    int passes = 0;
    int plies = 0;
    int kos = 0;
    while (passes < 2 && plies < 3 * size * size) {
      assertFalse(game.isOver(), "the game ended before the playout's stopping rule");
      int c = game.toMoveStone();
      String where = size + "x" + size + " seed " + seed + " ply " + plies;
      for (int a = 0; a < size * size; a++) {
        int v = board.vertex(a);
        for (Color colour : Color.values()) {
          if (game.isLegal(a, colour) != board.isLegal(v, colour.stone())) {
            fail(where + ": " + colour + " at action " + a + ": Game says "
                + game.isLegal(a, colour) + "\n" + game);
          }
        }
      }
      int ko = board.koVertex() >= 0 && board.koStone() == c ? board.action(board.koVertex()) : -1;
      assertEquals(game.koAction(), ko, where + ": ko point for the side to move");
      int v = RandomPlayout.choose(board, c, random);
      if (v < 0) {
        game.play(game.passAction());
        board.pass();
        passes++;
      } else {
        game.play(board.action(v));
        board.playLegal(v, c);
        passes = 0;
      }
      plies++;
      kos += board.koVertex() >= 0 ? 1 : 0;
      for (Color colour : Color.values()) {
        assertEquals(game.captures(colour), board.captures(colour.stone()), where + " captures");
      }
      assertEquals(game.area(Color.BLACK) - game.area(Color.WHITE), board.areaDifference(),
          where + ": area difference");
    }
    assertTrue(game.isOver(), "the game ends where the playout stops");
    return kos;
  }
}
