package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Move;
import dev.tengen.mcts.SearchParams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchOpeningTest {

  @Test
  void samplesTheFirstPliesAtTheTemperatureThenPlaysAsBefore() {
    SearchParams match = SearchContestant.matchParams(64);
    SearchParams opened = new MatchOpening(4, 0.7).applyTo(match);
    for (int ply = 0; ply < 4; ply++) {
      assertEquals(0.7, opened.temperatureAt(ply), 1e-8, "ply " + ply);
    }
    assertEquals(0.0, opened.temperatureAt(4));
    assertEquals(match.toBuilder().temperatureEarly(0.7).temperatureHalflifeMoves(Double.MAX_VALUE)
        .temperatureMoves(4).build(), opened, "nothing else changes");
    assertSame(match, MatchOpening.NONE.applyTo(match));
  }

  @Test
  void outOfRangeValuesAreRefusedNamingTheField() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new MatchOpening(-1, 1.0))
        .getMessage().contains("plies"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new MatchOpening(6, 0.0))
        .getMessage().contains("temperature"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new MatchOpening(6, 101))
        .getMessage().contains("temperature"));
  }

  /**
   * The reason for the opening: a search without ties (as with a real network) against itself
   * repeats one game, so 8 games are 1 distinct game; with the default opening they differ.
   */
  @Test
  void withoutAnOpeningSelfPlayMatchesRepeatOneGameWithItTheyDiffer() throws Exception {
    assertEquals(1, distinctGames(MatchOpening.NONE));
    assertTrue(distinctGames(MatchOpening.DEFAULT) >= 6, "distinct games of 8");
  }

  private static int distinctGames(MatchOpening opening) throws Exception {
    SearchParams params = opening.applyTo(SearchContestant.matchParams(32));
    SearchContestant a =
        new SearchContestant("a", AreaPolicyValue.distinctPriors(), params, false, 11);
    SearchContestant b =
        new SearchContestant("b", AreaPolicyValue.distinctPriors(), params, false, 11);
    MatchResult r = Match.builder(new MatchSettings("opening", MatchTest.FIVE, 8, 1, true), a, b)
        .build().run();
    Set<List<Move>> games = new HashSet<>();
    r.played().forEach(g -> games.add(g.moves()));
    return games.size();
  }
}
