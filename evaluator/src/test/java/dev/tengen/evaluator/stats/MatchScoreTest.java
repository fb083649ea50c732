package dev.tengen.evaluator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatchScoreTest {

  private static final double EPS = 1e-9;

  @Test
  void wilsonIntervalOf60OutOf100ByHand() {
    // z = 1.959963984540054, z^2 = 3.8414588206941254, n = 100, p = 0.6
    // d      = 1 + z^2/n                              = 1.038414588206941
    // centre = (p + z^2/(2n)) / d = 0.619207294103471 / d = 0.5963006501793015
    // half   = z sqrt(p(1-p)/n + z^2/(4n^2)) / d
    //        = 1.959964 * sqrt(0.0024 + 0.0000960364705) / d = 0.09429806338823966
    // [centre - half, centre + half] = [0.5020025867910618, 0.6905987135675411]
    Interval w = Wilson.interval95(60, 100);
    assertEquals(0.5020025867910618, w.low(), EPS);
    assertEquals(0.6905987135675411, w.high(), EPS);
  }

  @Test
  void drawsCountHalfAndShutoutsClipToOne() {
    // 5 wins, 1 draw, 4 losses: score 5.5 of 10; centre 0.5361233600068556, half 0.2624536703945373
    MatchScore s = new MatchScore(5, 4, 1);
    assertEquals(5.5, s.points(), 0);
    assertEquals(0.55, s.scoreRate(), EPS);
    assertEquals(0.2736696896123183, s.scoreRateInterval95().low(), EPS);
    assertEquals(0.7985770304013928, s.scoreRateInterval95().high(), EPS);
    // 10 of 10: p = 1, centre = (1 + 0.19207)/1.38415 = 0.8612336, half = 0.1387664:
    // low = 0.7224672001371107, high = 1 (clipped).
    Interval w = new MatchScore(10, 0, 0).scoreRateInterval95();
    assertEquals(0.7224672001371107, w.low(), EPS);
    assertEquals(1.0, w.high(), 1e-12);
    assertEquals(new Interval(0.0, 1.0), Wilson.interval95(0, 0));
  }

  @Test
  void eloAndItsIntervalAreTheEloOfTheWilsonBounds() {
    // Elo(p) = -400 log10(1/p - 1).  p = 0.6: -400 log10(2/3) = 400 * 0.17609125905568 = 70.4365
    MatchScore s = new MatchScore(60, 40, 0);
    assertEquals(70.43650362227247, s.eloDifference(), 1e-9);
    // Elo(0.5020025867910618) = -400 log10(0.992022...) = 1.3915472694525466
    // Elo(0.6905987135675411) = -400 log10(0.448020...) = 139.48145997509243
    assertEquals(1.3915472694525466, s.eloInterval95().low(), 1e-7);
    assertEquals(139.48145997509243, s.eloInterval95().high(), 1e-7);
    assertEquals(Double.POSITIVE_INFINITY, new MatchScore(3, 0, 0).eloDifference());
    assertEquals(Double.NEGATIVE_INFINITY, new MatchScore(0, 3, 0).eloDifference());
    assertEquals(0.0, MatchScore.EMPTY.eloDifference(), 0);
    assertEquals("+70", Elo.format(s.eloDifference()));
    assertEquals("-inf", Elo.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void summaryReadsLikeGtpMatch() {
    assertEquals(
        "W/L/D 60/40/0, score rate 0.600, 95% CI (Wilson) [0.502, 0.691], Elo +70, 95% CI [+1, +139]",
        new MatchScore(60, 40, 0).summary());
  }

  @Test
  void badInputIsRejectedNamingIt() {
    assertThrows(IllegalArgumentException.class, () -> new MatchScore(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(11, 10));
    assertThrows(IllegalArgumentException.class, () -> Elo.fromScoreRate(1.5));
  }

  @Test
  void expectedScoreInvertsElo() {
    // 10^(-35/400) = 0.8175229970, 1 / 1.8175229970 = 0.550199353253537
    assertEquals(0.550199353253537, Elo.expectedScore(35), 1e-12);
    assertEquals(35.0, Elo.fromScoreRate(Elo.expectedScore(35)), 1e-9);
  }
}
