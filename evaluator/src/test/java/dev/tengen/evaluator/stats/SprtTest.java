package dev.tengen.evaluator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Leela Zero's test, H0 = 0 Elo, H1 = 35 Elo, alpha = beta = 0.05, worked out by hand:
 *
 * <pre>
 *   bounds:  lower = ln(0.05 / 0.95) = -ln 19 = -2.9444389791664407,  upper = +2.9444389791664407
 *   p0 = 0.5,  p1 = 1 / (1 + 10^(-35/400)) = 1 / 1.8175229970 = 0.550199353253537
 *   a win  adds ln(p1 / p0)             = ln(1.100398706507074) = +0.09567257459237703
 *   a loss adds ln((1 - p1) / (1 - p0)) = ln(0.899601293492926) = -0.1058036210446019
 * </pre>
 */
class SprtTest {

  private static final double WIN = 0.09567257459237703;
  private static final double LOSS = -0.1058036210446019;
  private static final Sprt LZ = new Sprt(SprtParams.LEELA_ZERO);

  @Test
  void boundsAreWalds() {
    assertEquals(-2.9444389791664407, SprtParams.LEELA_ZERO.lowerBound(), 1e-12);
    assertEquals(2.9444389791664407, SprtParams.LEELA_ZERO.upperBound(), 1e-12);
  }

  @Test
  void llrWithoutDrawsIsBinomial() {
    // 60 wins, 40 losses: 60 * 0.0956726 + 40 * (-0.1058036) = 5.7403545 - 4.2321448 = 1.5082096
    assertEquals(1.508209633758546, LZ.llr(new MatchScore(60, 40, 0)), 1e-9);
    assertEquals(60 * WIN + 40 * LOSS, LZ.llr(new MatchScore(60, 40, 0)), 1e-12);
    assertEquals(Sprt.Result.CONTINUE, LZ.status(new MatchScore(60, 40, 0)).result());
    // 100 wins, 80 losses: 9.5672575 - 8.4642897 = 1.1029678: still undecided after 180 games
    assertEquals(1.1029677756695513, LZ.llr(new MatchScore(100, 80, 0)), 1e-9);
  }

  @Test
  void thirtyOneStraightWinsAcceptH1AndThirtyDoNot() {
    // 30 * 0.0956726 = 2.8701772 < 2.9444390;  31 * 0.0956726 = 2.9658498 > 2.9444390
    Sprt.Status s30 = LZ.status(new MatchScore(30, 0, 0));
    assertEquals(2.870177237771311, s30.llr(), 1e-9);
    assertEquals(Sprt.Result.CONTINUE, s30.result());
    Sprt.Status s31 = LZ.status(new MatchScore(31, 0, 0));
    assertEquals(2.965849812363688, s31.llr(), 1e-9);
    assertEquals(Sprt.Result.ACCEPT_H1, s31.result());
  }

  @Test
  void twentyEightStraightLossesAcceptH0AndTwentySevenDoNot() {
    // 27 * -0.1058036 = -2.8566978 > -2.9444390;  28 * -0.1058036 = -2.9625014 < -2.9444390
    assertEquals(Sprt.Result.CONTINUE, LZ.status(new MatchScore(0, 27, 0)).result());
    Sprt.Status s = LZ.status(new MatchScore(0, 28, 0));
    assertEquals(-2.962501389248853, s.llr(), 1e-9);
    assertEquals(Sprt.Result.ACCEPT_H0, s.result());
  }

  @Test
  void llrWithDrawsIsLeelaZerosBayesElo() {
    // W 30, L 20, D 10 (n 60): pWin = 1/2, pLoss = 1/3
    // drawElo = 200 log10((1 - 1/3)/(1/3) * (1 - 1/2)/(1/2)) = 200 log10 2 = 60.20599913
    // x = 10^(-drawElo/400) = 2^(-1/2) = 0.70710678, scale = 4x/(1+x)^2 = 0.97056275
    // H0: bayesElo 0 -> pWin = pLoss = 1/(1 + 10^(drawElo/400)) = 1/(1 + sqrt 2) = 0.41421356,
    //     pDraw = 0.17157288
    // H1: bayesElo 35/0.97056275 = 36.0615 -> pWin 0.46530918, pLoss 0.36489966, pDraw 0.16979116
    // LLR = 30 ln(0.46530918/0.41421356) + 20 ln(0.36489966/0.41421356)
    //     + 10 ln(0.16979116/0.17157288) = 3.4897 - 2.5353 - 0.1044 = 0.8500373
    assertEquals(0.8500372949658824, LZ.llr(new MatchScore(30, 20, 10)), 1e-9);
  }

  @Test
  void drawsWithoutLossesUseLeelaZerosShutoutRule() {
    // the draw Elo is not estimable; LLR reported as 0; H1 once wins >= e^upper = 19
    assertEquals(0.0, LZ.llr(new MatchScore(18, 0, 1)), 0);
    assertEquals(Sprt.Result.CONTINUE, LZ.status(new MatchScore(18, 0, 1)).result());
    assertEquals(Sprt.Result.ACCEPT_H1, LZ.status(new MatchScore(19, 0, 1)).result());
    assertEquals(Sprt.Result.ACCEPT_H0, LZ.status(new MatchScore(0, 19, 3)).result());
  }

  @Test
  void otherParametersMoveTheBounds() {
    // alpha 0.01, beta 0.1: lower = ln(0.1/0.99) = -2.2925347, upper = ln(0.9/0.01) = 4.4998097
    SprtParams p = new SprtParams(-10, 10, 0.01, 0.1);
    assertEquals(-2.2925347571405443, p.lowerBound(), 1e-12);
    assertEquals(4.499809670330265, p.upperBound(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new SprtParams(35, 0, 0.05, 0.05));
    assertThrows(IllegalArgumentException.class, () -> new SprtParams(0, 35, 0.5, 0.05));
  }
}
