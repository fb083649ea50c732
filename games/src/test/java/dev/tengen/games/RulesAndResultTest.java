package dev.tengen.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rules parsing and printing, komi validation, GameResult spelling. */
class RulesAndResultTest {

  @Test
  void defaultRulesArePositionalSuperkoNoSuicideKomiSevenAndAHalf() {
    assertEquals(KoRule.POSITIONAL_SUPERKO, Rules.DEFAULT.ko());
    assertFalse(Rules.DEFAULT.suicideAllowed());
    assertEquals(7.5, Rules.DEFAULT.komi());
    assertEquals("ko=superko,suicide=forbidden,komi=7.5", Rules.DEFAULT.toString());
  }

  @Test
  void rulesRoundTripThroughTheirText() {
    Rules[] all = {
      Rules.DEFAULT,
      new Rules(KoRule.SIMPLE, true, 0),
      new Rules(KoRule.SIMPLE, false, -3.5),
      new Rules(KoRule.POSITIONAL_SUPERKO, true, 6.5),
      new Rules(KoRule.POSITIONAL_SUPERKO, false, 7),
      new Rules(KoRule.SIMPLE, false, 150),
    };
    for (Rules r : all) {
      assertEquals(r, Rules.parse(r.toString()), r.toString());
    }
    assertEquals("ko=simple,suicide=allowed,komi=0", new Rules(KoRule.SIMPLE, true, 0).toString());
    assertEquals("ko=superko,suicide=forbidden,komi=7", Rules.DEFAULT.withKomi(7).toString());
  }

  @Test
  void parsingAcceptsAnyOrderAnyCaseAndDefaultsMissingKeys() {
    assertEquals(new Rules(KoRule.SIMPLE, false, 6.5), Rules.parse(" KOMI=6.5 , Ko=Simple "));
    assertEquals(Rules.DEFAULT, Rules.parse(""));
    assertEquals(Rules.DEFAULT.withKo(KoRule.POSITIONAL_SUPERKO), Rules.parse("ko=psk"));
    assertEquals(Rules.DEFAULT.withSuicideAllowed(true), Rules.parse("suicide=allowed"));
  }

  @Test
  void badRulesAreRejectedNamingWhatIsWrong() {
    assertMessage("ko=japanese", "japanese");
    assertMessage("komi=abc", "abc");
    assertMessage("colour=black", "colour");
    assertMessage("ko=simple,ko=simple", "twice");
    assertMessage("suicide=maybe", "maybe");
    assertMessage("komi", "key=value");
    assertMessage("komi=7.3", "7.3");
  }

  @Test
  void komiMustBeAFiniteMultipleOfOneHalf() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.DEFAULT.withKomi(7.25));
    assertTrue(e.getMessage().contains("7.25"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rules.DEFAULT.withKomi(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Rules.DEFAULT.withKomi(Double.POSITIVE_INFINITY));
    assertEquals(-0.5, Rules.DEFAULT.withKomi(-0.5).komi());
  }

  @Test
  void resultsAreSpeltAsSgf() {
    assertEquals("B+3.5", GameResult.byScore(3.5, EndReason.TWO_PASSES).toSgf());
    assertEquals("W+7", GameResult.byScore(-7, EndReason.MOVE_CAP).toSgf());
    assertEquals("W+R", GameResult.resignation(Color.WHITE).toSgf());
    assertEquals("B+R", GameResult.resignation(Color.BLACK).toSgf());
    assertEquals("0", GameResult.byScore(0, EndReason.TWO_PASSES).toSgf());
    assertTrue(GameResult.byScore(0, EndReason.TWO_PASSES).isDraw());
    assertEquals(1, GameResult.byScore(0.5, EndReason.TWO_PASSES).valueFor(Color.BLACK));
    assertEquals(-1, GameResult.byScore(0.5, EndReason.TWO_PASSES).valueFor(Color.WHITE));
    assertEquals(0, GameResult.byScore(0, EndReason.TWO_PASSES).valueFor(Color.WHITE));
  }

  @Test
  void resultsParseFromSgf() {
    assertEquals(new GameResult(Color.BLACK, 3.5, EndReason.TWO_PASSES), GameResult.parseSgf("B+3.5"));
    assertEquals(new GameResult(Color.WHITE, 7, EndReason.TWO_PASSES), GameResult.parseSgf("w+7.0"));
    assertEquals(GameResult.resignation(Color.WHITE), GameResult.parseSgf("W+R"));
    assertEquals(GameResult.resignation(Color.BLACK), GameResult.parseSgf("B+Resign"));
    assertTrue(GameResult.parseSgf("0").isDraw());
    assertTrue(GameResult.parseSgf("Draw").isDraw());
    for (String sgf : new String[] {"B+3.5", "W+R", "0", "B+R", "W+12"}) {
      assertEquals(sgf, GameResult.parseSgf(sgf).toSgf());
    }
  }

  @Test
  void unrepresentableOrMalformedResultsAreRejectedNamingTheText() {
    for (String bad : new String[] {"B+T", "W+F", "Void", "?", "B+", "X+3", "B+-2", "B+2.25", "B3"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> GameResult.parseSgf(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> new GameResult(Color.BLACK, 0, EndReason.TWO_PASSES));
    assertThrows(IllegalArgumentException.class,
        () -> new GameResult(null, 2, EndReason.TWO_PASSES));
    assertThrows(IllegalArgumentException.class,
        () -> new GameResult(Color.BLACK, 1, EndReason.RESIGNATION));
  }

  private static void assertMessage(String text, String fragment) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.parse(text), text);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
