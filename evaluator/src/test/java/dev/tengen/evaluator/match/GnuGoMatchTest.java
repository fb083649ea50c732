package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tengen.evaluator.gtp.GnuGo;
import dev.tengen.evaluator.gtp.GtpClient;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real match against GNU Go (level 0, 5x5), each result checked against a Tromp-Taylor count
 * made here from the final position as a separate GNU Go process sees it after replaying the
 * moves (so captures are GNU Go's, and every move must be legal for GNU Go too). Skipped only
 * when GNU Go is absent and the CI variable is unset: CI installs it.
 */
class GnuGoMatchTest {

  private static final Duration T = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aMatchAgainstGnuGoAgreesWithAnIndependentCount() throws Exception {
    assumeTrue(GnuGo.find().isPresent() || System.getenv("CI") != null,
        "GNU Go is not installed (apt-get install -y gnugo)");
    GameSettings five = new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75);
    EloLadder ladder = EloLadder.open(dir);
    MatchResult r = Match.builder(new MatchSettings("gnugo", five, 4, 2, true),
            GtpContestant.gnuGo(0, dir.resolve("logs")), RandomPlayer.contestant("random", 3))
        .journal(ladder.journal()).sgf(new SgfArchive(dir.resolve("sgf")))
        .build().run();
    assertEquals(4, r.played().size(), r.summary());
    assertEquals(4, ladder.journal().size());
    assertEquals(java.util.Set.of("gnugo-l0", "random"), ladder.ratings().stream()
        .map(dev.tengen.evaluator.ladder.Rating::player).collect(java.util.stream.Collectors.toSet()));
    assertTrue(r.scoreOfA().wins() >= 3, r.summary());
    try (GtpClient scorer = GtpClient.start("scorer", List.of(GnuGo.find().orElseThrow().toString(),
        "--mode", "gtp", "--chinese-rules", "--positional-superko"), null)) {
      for (GameReport g : r.played()) {
        assertNull(g.forfeit(), g.reason());
        scorer.send("boardsize 5", T);
        scorer.send("clear_board", T);
        scorer.send("komi 0.5", T);
        for (Move m : g.moves()) {
          if (!m.resign()) {
            scorer.send("play " + m.toString(5), T); // throws if GNU Go finds it illegal
          }
        }
        int[][] board = new int[5][5];
        mark(board, scorer.send("list_stones black", T), 1);
        mark(board, scorer.send("list_stones white", T), 2);
        int black = area(board, 1);
        int white = area(board, 2);
        assertEquals(black, g.blackArea(), "black area of " + g.moves());
        assertEquals(white, g.whiteArea(), "white area of " + g.moves());
        double score = black - white - 0.5;
        assertEquals(score > 0 ? "B+" + Rules.formatKomi(score) : "W+" + Rules.formatKomi(-score),
            g.result());
      }
    }
  }

  private static void mark(int[][] board, String vertices, int stone) {
    for (String v : vertices.trim().split("\\s+")) {
      if (!v.isEmpty()) {
        int x = "ABCDE".indexOf(Character.toUpperCase(v.charAt(0)));
        int y = Integer.parseInt(v.substring(1)) - 1;
        board[x][y] = stone;
      }
    }
  }

  /** Tromp-Taylor: stones of the colour plus empty points that reach only that colour. */
  private static int area(int[][] board, int stone) {
    int n = board.length;
    int total = 0;
    boolean[][] seen = new boolean[n][n];
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        if (board[x][y] == stone) {
          total++;
        } else if (board[x][y] == 0 && !seen[x][y]) {
          int size = 0;
          boolean reachesOwn = false;
          boolean reachesOther = false;
          ArrayDeque<int[]> todo = new ArrayDeque<>();
          todo.add(new int[] {x, y});
          seen[x][y] = true;
          while (!todo.isEmpty()) {
            int[] p = todo.poll();
            size++;
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
              int qx = p[0] + d[0];
              int qy = p[1] + d[1];
              if (qx < 0 || qy < 0 || qx >= n || qy >= n) {
                continue;
              }
              if (board[qx][qy] == 0 && !seen[qx][qy]) {
                seen[qx][qy] = true;
                todo.add(new int[] {qx, qy});
              } else if (board[qx][qy] == stone) {
                reachesOwn = true;
              } else if (board[qx][qy] != 0) {
                reachesOther = true;
              }
            }
          }
          if (reachesOwn && !reachesOther) {
            total += size;
          }
        }
      }
    }
    return total;
  }
}
