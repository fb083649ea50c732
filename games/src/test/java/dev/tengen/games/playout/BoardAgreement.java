package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tengen.games.Board;
import dev.tengen.games.Stone;

/** The comparison of a {@link PlayoutBoard} with a {@link Board} in the same position. */
final class BoardAgreement {
  private BoardAgreement() {}

  /** What the compared positions contained, to show that the comparisons covered it. */
  static final class Coverage {
    int moves;
    int passes;
    int kos;
    int captures;
    int multiStoneCaptures;
    int ataris;
    int atarisWithRepeatedLiberty;
    int suicidePoints;
  }

  /**
   * Asserts that the two boards agree on everything the playout board exposes: every point's
   * content, chain sizes, {@code isInAtari} against the exact liberty count (and the atari
   * liberty is empty), pseudo-liberties at least the liberties, {@code isLegal},
   * {@code isEyeOf} and {@code isSuicide} of every empty point for both colours, the empty
   * list in the same order, the ko point and whom it binds, and the captures. Counts what it
   * saw in {@code coverage} unless that is null.
   */
  static void assertAgree(Board board, PlayoutBoard fast, String where, Coverage coverage) {
    int size = board.size();
    for (int a = 0; a < size * size; a++) {
      int v = board.vertex(a);
      int stone = board.stone(v);
      if (fast.stone(v) != stone) {
        fail(where + ": point " + a + " holds " + fast.stone(v) + ", Board " + stone
            + "\n" + board + "\n" + fast);
      }
      if (stone == Stone.EMPTY) {
        for (int c = Stone.BLACK; c <= Stone.WHITE; c++) {
          boolean legal = board.isLegal(v, c);
          if (fast.isLegal(v, c) != legal || fast.isEyeOf(v, c) != board.isEyeOf(v, c)
              || fast.isSuicide(v, c) != board.isSuicide(v, c)) {
            fail(where + ": point " + a + " for colour " + c + ": legal " + fast.isLegal(v, c)
                + " / " + legal + ", eye " + fast.isEyeOf(v, c) + " / " + board.isEyeOf(v, c)
                + ", suicide " + fast.isSuicide(v, c) + " / " + board.isSuicide(v, c) + "\n"
                + board);
          }
          if (coverage != null && board.isSuicide(v, c)) {
            coverage.suicidePoints++;
          }
        }
      } else {
        int liberties = board.liberties(v);
        boolean atari = liberties == 1;
        if (fast.isInAtari(v) != atari || fast.chainSize(v) != board.chainSize(v)
            || fast.pseudoLiberties(v) < liberties) {
          fail(where + ": stone " + a + ": atari " + fast.isInAtari(v) + " / " + atari
              + ", size " + fast.chainSize(v) + " / " + board.chainSize(v) + ", pseudo-liberties "
              + fast.pseudoLiberties(v) + " for " + liberties + " liberties\n" + board);
        }
        if (atari) {
          int liberty = fast.atariLiberty(v);
          if (board.stone(liberty) != Stone.EMPTY) {
            fail(where + ": stone " + a + ": atari liberty " + liberty + " is not empty");
          }
          if (coverage != null) {
            coverage.ataris++;
            coverage.atarisWithRepeatedLiberty += fast.pseudoLiberties(v) > 1 ? 1 : 0;
          }
        }
      }
    }
    if (fast.emptyCount() != board.emptyCount()) {
      fail(where + ": " + fast.emptyCount() + " empty points, Board " + board.emptyCount());
    }
    for (int i = 0; i < board.emptyCount(); i++) {
      if (fast.emptyVertex(i) != board.emptyVertex(i)) {
        fail(where + ": empty list entry " + i + " is " + fast.emptyVertex(i) + ", Board's "
            + board.emptyVertex(i));
      }
    }
    if (fast.koVertex() != board.koVertex()
        || (board.koVertex() >= 0 && fast.koStone() != board.koStone())) {
      fail(where + ": ko " + fast.koVertex() + " against " + fast.koStone() + ", Board "
          + board.koVertex() + " against " + board.koStone());
    }
    for (int c = Stone.BLACK; c <= Stone.WHITE; c++) {
      if (fast.captures(c) != board.captures(c)) {
        fail(where + ": captures by " + c + " " + fast.captures(c) + ", Board "
            + board.captures(c));
      }
    }
  }
}
