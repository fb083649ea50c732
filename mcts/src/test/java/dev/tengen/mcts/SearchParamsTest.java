package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchParamsTest {

  @Test
  void selfPlayDefaultsAreTheAnchors() {
    SearchParams p = SearchParams.selfPlay();
    assertEquals(1.1, p.cPuct());
    assertEquals(10.83, p.noiseConcentration());
    assertEquals(0.25, p.noiseWeight());
    assertEquals(600, p.fullVisits());
    assertEquals(100, p.fastVisits());
    assertEquals(0.25, p.fullSearchProbability());
    assertEquals(2.0, p.forcedPlayoutsCoefficient());
    assertTrue(p.policyTargetPruning());
    assertTrue(p.rootNoise());
    assertEquals(SearchParams.MoveSelection.MOST_VISITS, p.finalMoveSelection());
    assertEquals(Duration.ZERO, p.timePerMove());
  }

  @Test
  void matchHasNoNoiseNoTemperatureNoForcedPlayouts() {
    SearchParams p = SearchParams.match();
    assertFalse(p.rootNoise());
    assertEquals(0, p.temperatureAt(0));
    assertEquals(0, p.forcedPlayoutsCoefficient());
    assertEquals(1.0, p.fullSearchProbability());
    assertEquals(SearchParams.MoveSelection.LCB, p.finalMoveSelection());
  }

  @Test
  void temperatureHalvesEveryHalflifeThenDropsToZero() {
    SearchParams p = SearchParams.selfPlay().toBuilder()
        .temperatureEarly(1.0).temperatureHalflifeMoves(10).temperatureMoves(25).build();
    assertEquals(1.0, p.temperatureAt(0), 1e-12);
    assertEquals(0.5, p.temperatureAt(10), 1e-12);
    assertEquals(0.25, p.temperatureAt(20), 1e-12);
    assertEquals(0.0, p.temperatureAt(25));
  }

  @Test
  void errorsNameTheParameter() {
    SearchParams.Builder b = SearchParams.selfPlay().toBuilder();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.cPuct(0).build())
        .getMessage().startsWith("cPuct"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SearchParams.selfPlay().toBuilder().noiseWeight(1.5).build())
        .getMessage().startsWith("noiseWeight"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SearchParams.selfPlay().toBuilder().fastVisits(700).build())
        .getMessage().startsWith("fastVisits"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SearchParams.selfPlay().toBuilder().leavesInFlight(0).build())
        .getMessage().startsWith("leavesInFlight"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SearchParams.selfPlay().toBuilder().resignThreshold(-1.5).build())
        .getMessage().startsWith("resignThreshold"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SearchParams.selfPlay().toBuilder().timePerMove(Duration.ofMillis(-1)).build())
        .getMessage().startsWith("timePerMove"));
  }
}
