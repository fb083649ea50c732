package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import org.junit.jupiter.api.Test;

class SgfRulesTest {
  private static final Rules SUPERKO_NO_SUICIDE = new Rules(KoRule.POSITIONAL_SUPERKO, false, 6.5);
  private static final Rules SUPERKO_SUICIDE = new Rules(KoRule.POSITIONAL_SUPERKO, true, 6.5);
  private static final Rules SIMPLE_NO_SUICIDE = new Rules(KoRule.SIMPLE, false, 6.5);
  private static final Rules SIMPLE_SUICIDE = new Rules(KoRule.SIMPLE, true, 6.5);

  @Test
  void writtenNames() {
    assertEquals("Chinese", SgfRules.name(Rules.DEFAULT));
    assertEquals("tromp-taylor", SgfRules.name(SUPERKO_SUICIDE));
    assertEquals("koSIMPLEscoreAREAsui0", SgfRules.name(SIMPLE_NO_SUICIDE));
    assertEquals("koSIMPLEscoreAREAsui1", SgfRules.name(SIMPLE_SUICIDE));
  }

  @Test
  void everyWrittenNameReadsBackExactly() {
    for (Rules rules : new Rules[] {SUPERKO_NO_SUICIDE, SUPERKO_SUICIDE, SIMPLE_NO_SUICIDE, SIMPLE_SUICIDE}) {
      assertEquals(rules, SgfRules.toRules(SgfRules.name(rules), 6.5), rules.toString());
    }
  }

  @Test
  void commonSpellingsMapToTheNearestTengenRules() {
    for (String ru : new String[] {"Chinese", "chinese", " CHINESE ", "Chinese-OGS", "chinese_kgs", "AGA", "bga", "French"}) {
      assertEquals(SUPERKO_NO_SUICIDE, SgfRules.toRules(ru, 6.5), ru);
    }
    for (String ru : new String[] {"tromp-taylor", "Tromp Taylor", "TrompTaylor", "TT", "NZ", "New Zealand", "GOE", "Ing"}) {
      assertEquals(SUPERKO_SUICIDE, SgfRules.toRules(ru, 6.5), ru);
    }
    for (String ru : new String[] {"Japanese", "korean"}) {
      assertEquals(SIMPLE_NO_SUICIDE, SgfRules.toRules(ru, 6.5), ru);
    }
  }

  @Test
  void kataGoCompactSyntax() {
    assertEquals(SUPERKO_NO_SUICIDE, SgfRules.toRules("koPOSITIONALscoreAREAtaxNONEsui0button0", 6.5));
    assertEquals(SUPERKO_SUICIDE, SgfRules.toRules("koSITUATIONALscoreAREAtaxNONEsui1", 6.5));
    assertEquals(SIMPLE_SUICIDE, SgfRules.toRules("koSIMPLEscoreAREAsui1", 6.5));
  }

  @Test
  void unknownOrMissingRulesFallBackToTengensDefaultsWithTheFilesKomi() {
    assertEquals(Rules.DEFAULT.withKomi(6.5), SgfRules.toRules("", 6.5));
    assertEquals(Rules.DEFAULT.withKomi(6.5), SgfRules.toRules("Some House Rules", 6.5));
    assertEquals(Rules.DEFAULT.withKomi(6.5), SgfRules.toRules("koBOGUS", 6.5));
  }
}
