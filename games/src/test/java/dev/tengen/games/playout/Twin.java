package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.games.Actions;
import dev.tengen.games.Board;
import dev.tengen.games.Stone;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link PlayoutBoard} and a {@link Board} driven together through a scenario: every step is
 * applied to both, then the two are compared ({@link BoardAgreement}) and both checked for
 * consistency. Points are GTP vertices ("C3"), colours {@code 'B'} or {@code 'W'}.
 */
final class Twin {
  final PlayoutBoard fast;
  final Board board;
  private final int size;

  private Twin(int size) {
    this.size = size;
    fast = new PlayoutBoard(size);
    board = new Board(size);
  }

  /**
   * Both boards set up from rows, top row first: 'X' Black, 'O' White, '.' empty. The stones
   * are played Black first, then White, in reading order; every chain of the diagram must have
   * a liberty, so no placement captures or is suicide.
   */
  static Twin of(String... rows) {
    Twin t = new Twin(rows.length);
    for (char stone : new char[] {'X', 'O'}) {
      for (int r = 0; r < rows.length; r++) {
        for (int x = 0; x < rows.length; x++) {
          if (rows[r].charAt(x) == stone) {
            int v = t.fast.vertex((rows.length - 1 - r) * rows.length + x);
            int c = stone == 'X' ? Stone.BLACK : Stone.WHITE;
            t.fast.play(v, c);
            t.board.play(v, c);
          }
        }
      }
    }
    assertEquals(Arrays.asList(rows), t.rows(), "set-up position");
    assertEquals(0, t.fast.captures(Stone.BLACK) + t.fast.captures(Stone.WHITE),
        "the diagram's set-up captured nothing");
    t.check("set-up");
    return t;
  }

  /** The vertex of a GTP point. */
  int at(String gtp) {
    return fast.vertex(Actions.parseGtp(gtp, size));
  }

  static int stone(char colour) {
    return colour == 'B' ? Stone.BLACK : Stone.WHITE;
  }

  /** True if the colour may play at the point on the playout board (and Board agrees). */
  boolean isLegal(char colour, String gtp) {
    boolean legal = fast.isLegal(at(gtp), stone(colour));
    assertEquals(board.isLegal(at(gtp), stone(colour)), legal, colour + " " + gtp + " legality");
    return legal;
  }

  /** Plays a legal move on both boards (the playout board's checked play), then compares. */
  void play(char colour, String gtp) {
    fast.play(at(gtp), stone(colour));
    board.play(at(gtp), stone(colour));
    check(colour + " " + gtp);
  }

  /** A pass on both boards. */
  void pass() {
    fast.pass();
    board.pass();
    check("pass");
  }

  void check(String where) {
    fast.checkConsistency();
    board.checkConsistency();
    BoardAgreement.assertAgree(board, fast, where, null);
  }

  /** The playout board's rows, top row first. */
  List<String> rows() {
    return Arrays.asList(fast.toString().split("\n"));
  }
}
