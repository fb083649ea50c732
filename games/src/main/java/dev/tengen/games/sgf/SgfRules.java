package dev.tengen.games.sgf;

import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import java.util.Locale;

/**
 * The SGF {@code RU} property to Tengen's {@link Rules} and back.
 *
 * <p>Tengen always scores by area (Tromp-Taylor counting); its rules differ only in the ko rule and
 * in whether suicide is allowed. Written names:
 *
 * <table>
 *   <caption>RU written for each Tengen rule set</caption>
 *   <tr><th>ko</th><th>suicide</th><th>RU</th></tr>
 *   <tr><td>positional superko</td><td>forbidden (the default)</td><td>{@code Chinese}</td></tr>
 *   <tr><td>positional superko</td><td>allowed</td><td>{@code tromp-taylor}</td></tr>
 *   <tr><td>simple</td><td>forbidden</td><td>{@code koSIMPLEscoreAREAsui0}</td></tr>
 *   <tr><td>simple</td><td>allowed</td><td>{@code koSIMPLEscoreAREAsui1}</td></tr>
 * </table>
 *
 * <p>{@code Chinese} is what KGS and OGS write for area scoring with positional superko and no
 * suicide, i.e. exactly Tengen's default; Sabaki and GoGui show RU as text, GNU Go ignores it, and
 * KataGo reads it (as its "chinese", which has simple ko: the ko rule only matters to KataGo when it
 * continues the game). {@code tromp-taylor} is KataGo's name for that rule set. The two
 * simple-ko forms are KataGo's compact rule syntax, the only widely read spelling of them.
 *
 * <p>Read names (case, spaces, {@code -} and {@code _} ignored): Chinese, Chinese-OGS, Chinese-KGS,
 * AGA, BGA, French: superko, no suicide. Tromp-Taylor, TT, NZ / New Zealand, GOE, Ing: superko,
 * suicide allowed. Japanese, Korean: simple ko, no suicide (their territory scoring is not
 * available; Tengen scores by area). KataGo's compact {@code ko...score...sui...} syntax. Anything
 * else, or no RU at all: {@link Rules#DEFAULT}'s ko and suicide rules. Reading never fails.
 */
public final class SgfRules {
  private SgfRules() {}

  /** The RU value to write for these rules (the komi goes to KM, not here). */
  public static String name(Rules rules) {
    if (rules.ko() == KoRule.POSITIONAL_SUPERKO) {
      return rules.suicideAllowed() ? "tromp-taylor" : "Chinese";
    }
    return rules.suicideAllowed() ? "koSIMPLEscoreAREAsui1" : "koSIMPLEscoreAREAsui0";
  }

  /**
   * Tengen rules for an RU value and a komi.
   *
   * @param ru the RU text; {@code ""} when the file has none
   * @throws IllegalArgumentException if the komi is not a multiple of 0.5 (see {@link Rules})
   */
  public static Rules toRules(String ru, double komi) {
    String key = ru.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    switch (key) {
      case "chinese":
      case "chineseogs":
      case "chinesekgs":
      case "aga":
      case "bga":
      case "french":
        return new Rules(KoRule.POSITIONAL_SUPERKO, false, komi);
      case "tromptaylor":
      case "tt":
      case "nz":
      case "newzealand":
      case "goe":
      case "ing":
        return new Rules(KoRule.POSITIONAL_SUPERKO, true, komi);
      case "japanese":
      case "korean":
        return new Rules(KoRule.SIMPLE, false, komi);
      default:
        return compact(ru.trim(), komi);
    }
  }

  /** KataGo's compact syntax ("koSIMPLEscoreAREAsui0..."); the defaults when it does not parse. */
  private static Rules compact(String text, double komi) {
    Rules defaults = Rules.DEFAULT.withKomi(komi);
    if (!text.startsWith("ko")) {
      return defaults;
    }
    KoRule ko = defaults.ko();
    boolean suicide = defaults.suicideAllowed();
    if (text.startsWith("koSIMPLE")) {
      ko = KoRule.SIMPLE;
    } else if (!text.matches("ko(POSITIONAL|SITUATIONAL|SPIGHT).*")) {
      return defaults;
    }
    int sui = text.indexOf("sui");
    if (sui >= 0 && sui + 3 < text.length()) {
      suicide = text.charAt(sui + 3) == '1';
    }
    return new Rules(ko, suicide, komi);
  }
}
