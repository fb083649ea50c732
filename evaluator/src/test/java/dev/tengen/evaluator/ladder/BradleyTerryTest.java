package dev.tengen.evaluator.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {

  /** {@code aWins} games won by a and {@code bWins} by b, alternating colours. */
  static void games(List<RecordedGame> out, String a, String b, int aWins, int bWins) {
    for (int i = 0; i < aWins + bWins; i++) {
      boolean aBlack = out.size() % 2 == 0;
      boolean aWon = i < aWins;
      Winner w = aWon == aBlack ? Winner.BLACK : Winner.WHITE;
      out.add(new RecordedGame("m/" + out.size(), "m", aBlack ? a : b, aBlack ? b : a, w,
          w == Winner.BLACK ? "B+1.5" : "W+1.5", "two_passes"));
    }
  }

  @Test
  void aChainOfPairsReproducesEachPairsEloAndHessianIntervals() {
    // A-B 2:2, B-C 3:1, anchor A, no prior.  A tree: the MLE matches each pair exactly:
    // r_B = 0, r_C = -400 log10(3) = -190.848501887865.
    // Hessian (C = ln10/400) over (B, C): n p (1-p) is 4*.5*.5 = 1 for A-B, 4*.75*.25 = .75 for B-C
    //   H = C^2 [[1.75, -0.75], [-0.75, 0.75]],  det = C^4 * 0.75
    //   H^-1 = 1/(0.75 C^2) [[0.75, 0.75], [0.75, 1.75]]
    //   se_B = 1/C = 400/ln10 = 173.7177927613007, se_C = se_B * sqrt(7/3) = 265.35831162977075
    List<RecordedGame> g = new ArrayList<>();
    games(g, "A", "B", 2, 2);
    games(g, "B", "C", 3, 1);
    List<Rating> r = BradleyTerry.fit(List.of("A", "B", "C"), "A", 0, g);
    assertEquals(List.of("A", "B", "C"), r.stream().map(Rating::player).toList());
    assertEquals(0.0, r.get(0).elo(), 0);
    assertEquals(0.0, r.get(0).standardError(), 0);
    assertEquals(0.0, r.get(1).elo(), 1e-7);
    assertEquals(-190.848501887865, r.get(2).elo(), 1e-7);
    assertEquals(173.7177927613007, r.get(1).standardError(), 1e-6);
    assertEquals(265.35831162977075, r.get(2).standardError(), 1e-6);
    assertEquals(-190.848501887865 - 1.959963984540054 * 265.35831162977075,
        r.get(2).ci95().low(), 1e-6);
    assertEquals(4, r.get(0).games());
    assertEquals(8, r.get(1).games());
    assertEquals(5.0, r.get(1).points(), 0);
  }

  @Test
  void aConsistentCycleHasItsExactSolution() {
    // A-B 3:1, B-C 3:1, A-C 9:1.  With d = 400 log10 3 (expected score 0.75) and 2d (0.9):
    // A: 3 + 9 = 12 = 4(.75) + 10(.9); B: 1 + 3 = 4 = 4(.25) + 4(.75); C: 1 + 1 = 2 = 4(.25) + 10(.1)
    // so r = (0, -d, -2d) = (0, -190.848501887865, -381.69700377573) satisfies every score equation.
    List<RecordedGame> g = new ArrayList<>();
    games(g, "A", "B", 3, 1);
    games(g, "B", "C", 3, 1);
    games(g, "A", "C", 9, 1);
    List<Rating> r = BradleyTerry.fit(List.of("A", "B", "C"), "A", 0, g);
    assertEquals(-190.848501887865, r.get(1).elo(), 1e-7);
    assertEquals(-381.69700377573, r.get(2).elo(), 1e-7);
    // anchoring elsewhere shifts every rating by the same amount
    List<Rating> onC = BradleyTerry.fit(List.of("A", "B", "C"), "C", 0, g);
    assertEquals(381.69700377573, onC.get(0).elo(), 1e-7);
    assertEquals(0.0, onC.get(2).elo(), 0);
  }

  @Test
  void withoutAPriorAShutoutHasNoFiniteRatingAndAPriorFixesIt() {
    List<RecordedGame> g = new ArrayList<>();
    games(g, "A", "B", 5, 0);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BradleyTerry.fit(List.of("A", "B"), "A", 0, g));
    assertTrue(e.getMessage().contains("'B' is unbounded"), e.getMessage());
    // prior: one virtual draw between A and B.  B's points 0 + 0.5 of 6 games:
    // expected 6 / (1 + 10^(-r/400)) = 0.5  ->  10^(-r/400) = 11  ->  r_B = -400 log10 11 = -416.557
    List<Rating> r = BradleyTerry.fit(List.of("A", "B"), "A", 1, g);
    assertEquals(-416.55707406329, r.get(1).elo(), 1e-7);
    assertEquals(5, r.get(1).games()); // real games only
  }

  @Test
  void aPlayerWithNoPathToTheAnchorIsReportedWithoutAPrior() {
    List<RecordedGame> g = new ArrayList<>();
    games(g, "A", "B", 2, 1);
    games(g, "C", "D", 2, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BradleyTerry.fit(List.of(), "A", 0, g));
    // D had Black in the first C-D game, so it is the first player seen without a path to A
    assertEquals("player 'D' has no games linking it to the anchor 'A'; its rating is undefined",
        e.getMessage());
    assertEquals(4, BradleyTerry.fit(List.of(), "A", 1, g).size());
    assertThrows(IllegalArgumentException.class, () -> BradleyTerry.fit(List.of(), "Z", 1, g));
  }

  @Test
  void drawsCountHalfAWinEach() {
    // A-B: 1 win each and 2 draws -> 2 points each of 4 -> equal ratings
    List<RecordedGame> g = new ArrayList<>();
    games(g, "A", "B", 1, 1);
    g.add(new RecordedGame("d/1", "d", "A", "B", Winner.DRAW, "0", "two_passes"));
    g.add(new RecordedGame("d/2", "d", "B", "A", Winner.DRAW, "0", "two_passes"));
    List<Rating> r = BradleyTerry.fit(List.of("A", "B"), "A", 0, g);
    assertEquals(0.0, r.get(1).elo(), 1e-9);
    assertEquals(2.0, r.get(1).points(), 0);
  }
}
