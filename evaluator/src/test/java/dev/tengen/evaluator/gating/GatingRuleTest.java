package dev.tengen.evaluator.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.evaluator.stats.SprtParams;
import org.junit.jupiter.api.Test;

class GatingRuleTest {

  @Test
  void sprtGatePromotesOnH1AndRejectsOnH0() {
    SprtGate gate = SprtGate.leelaZero();
    // see SprtTest: 31 straight wins pass the upper bound, 28 straight losses the lower one
    assertEquals(Verdict.PROMOTE, gate.evaluate(new MatchScore(31, 0, 0)).verdict());
    assertEquals(Verdict.REJECT, gate.evaluate(new MatchScore(0, 28, 0)).verdict());
    GateStatus s = gate.evaluate(new MatchScore(60, 40, 0));
    assertEquals(Verdict.CONTINUE, s.verdict());
    assertEquals(
        "SPRT LLR 1.508 in (-2.944, 2.944) after 100 games (W/L/D 60/40/0)", s.explanation());
  }

  @Test
  void atTheCapTheLlrSignOrTheWinRateDecides() {
    // cap 20 games.  11 wins 9 losses: LLR = 11*0.0956726 - 9*0.1058036 = 1.0523983 - 0.9522326
    // = +0.1001657 > 0 -> promote under both rules.
    // 10 wins 10 losses: LLR = 0.9567257 - 1.0580362 = -0.1013105 < 0 -> reject under both.
    // 21 wins 19 losses (cap 40): LLR = 2.0091241 - 2.0102688 = -0.0011447 < 0, but the score
    // rate 0.525 > 0.5: LLR_SIGN rejects, WIN_RATE promotes.
    SprtGate llr = new SprtGate(SprtParams.LEELA_ZERO, 20, SprtGate.CapRule.LLR_SIGN);
    SprtGate rate = new SprtGate(SprtParams.LEELA_ZERO, 20, SprtGate.CapRule.WIN_RATE);
    assertEquals(Verdict.CONTINUE, llr.evaluate(new MatchScore(10, 9, 0)).verdict());
    assertEquals(Verdict.PROMOTE, llr.evaluate(new MatchScore(11, 9, 0)).verdict());
    assertEquals(Verdict.PROMOTE, rate.evaluate(new MatchScore(11, 9, 0)).verdict());
    assertEquals(Verdict.REJECT, llr.evaluate(new MatchScore(10, 10, 0)).verdict());
    assertEquals(Verdict.REJECT, rate.evaluate(new MatchScore(10, 10, 0)).verdict());
    SprtGate llr40 = new SprtGate(SprtParams.LEELA_ZERO, 40, SprtGate.CapRule.LLR_SIGN);
    SprtGate rate40 = new SprtGate(SprtParams.LEELA_ZERO, 40, SprtGate.CapRule.WIN_RATE);
    assertEquals(Verdict.REJECT, llr40.evaluate(new MatchScore(21, 19, 0)).verdict());
    assertEquals(Verdict.PROMOTE, rate40.evaluate(new MatchScore(21, 19, 0)).verdict());
    assertTrue(llr40.evaluate(new MatchScore(21, 19, 0)).explanation()
        .endsWith("cap of 40 reached, LLR <= 0"));
  }

  @Test
  void fixedGateIsAlphaGoZerosAndStopsWhenTheOutcomeIsSettled() {
    FixedGamesGate agz = FixedGamesGate.ALPHAGO_ZERO; // more than 55% of 400: more than 220 points
    assertEquals(Verdict.CONTINUE, agz.evaluate(new MatchScore(220, 0, 0)).verdict());
    assertEquals(Verdict.PROMOTE, agz.evaluate(new MatchScore(221, 0, 0)).verdict());
    assertEquals(Verdict.PROMOTE, agz.evaluate(new MatchScore(220, 0, 1)).verdict()); // 220.5
    // 180 losses: at most 220 points possible, not more than 220 -> reject at once
    assertEquals(Verdict.CONTINUE, agz.evaluate(new MatchScore(0, 179, 0)).verdict());
    assertEquals(Verdict.REJECT, agz.evaluate(new MatchScore(0, 180, 0)).verdict());
    // exactly 55% of 400 is not more than 55%
    assertEquals(Verdict.REJECT, agz.evaluate(new MatchScore(220, 180, 0)).verdict());
  }

  @Test
  void noGatePromotesWithoutGames() {
    assertEquals(Verdict.PROMOTE, NoGate.INSTANCE.evaluate(MatchScore.EMPTY).verdict());
    assertEquals(0, NoGate.INSTANCE.maxGames());
  }

  @Test
  void parsesConfigTextAndRoundTrips() {
    GatingRule lz = GatingRule.parse("sprt");
    assertEquals("sprt:elo0=0.0,elo1=35.0,alpha=0.05,beta=0.05,cap=100,at-cap=llr", lz.describe());
    assertEquals(SprtGate.defaults().describe(), lz.describe());
    assertEquals("sprt:elo0=0.0,elo1=35.0,alpha=0.05,beta=0.05,cap=400,at-cap=llr",
        SprtGate.leelaZero().describe());
    assertEquals(lz.describe(), GatingRule.parse(lz.describe()).describe());
    GatingRule custom = GatingRule.parse("SPRT:elo1=20,cap=1000,at-cap=winrate");
    assertEquals(
        "sprt:elo0=0.0,elo1=20.0,alpha=0.05,beta=0.05,cap=1000,at-cap=winrate", custom.describe());
    assertEquals(new FixedGamesGate(400, 0.55), GatingRule.parse("fixed"));
    assertEquals(new FixedGamesGate(200, 0.5), GatingRule.parse("fixed:games=200,threshold=0.5"));
    assertEquals(NoGate.INSTANCE, GatingRule.parse(" none "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GatingRule.parse("sprt:elo2=3"));
    assertEquals("gating rule 'sprt:elo2=3': unknown keys [elo2]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GatingRule.parse("elo"));
    assertThrows(IllegalArgumentException.class, () -> GatingRule.parse("fixed:games=x"));
    assertThrows(IllegalArgumentException.class, () -> GatingRule.parse("sprt:at-cap=coin"));
  }
}
