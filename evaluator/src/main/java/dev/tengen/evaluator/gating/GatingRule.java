package dev.tengen.evaluator.gating;

import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.evaluator.stats.SprtParams;
import java.util.Locale;

/**
 * Decides, from the candidate's score against the best network so far, whether to play on,
 * promote or reject. Implementations are immutable and stateless: the verdict depends only on the
 * score, so a gatekeeper that restarts with the persisted score decides the same way.
 */
public interface GatingRule {

  /**
   * The verdict for the candidate's score (wins are the candidate's). Never {@link
   * Verdict#CONTINUE} once {@code score.games() >= maxGames()}.
   */
  GateStatus evaluate(MatchScore candidateScore);

  /** The most games a match under this rule plays (0 for a rule that needs none). */
  int maxGames();

  /** A one-line description with every parameter, parseable by {@link #parse}. */
  String describe();

  /**
   * Parses a rule from configuration text (case-insensitive):
   *
   * <ul>
   *   <li>{@code sprt} — Leela Zero's defaults: {@code sprt:elo0=0,elo1=35,alpha=0.05,beta=0.05,
   *       cap=400,at-cap=llr}; any subset of the keys may be given, {@code at-cap} is {@code llr}
   *       or {@code winrate};
   *   <li>{@code fixed} — AlphaGo Zero's {@code fixed:games=400,threshold=0.55};
   *   <li>{@code none} — AlphaZero: promote every candidate without playing.
   * </ul>
   *
   * @throws IllegalArgumentException naming the text and the bad part
   */
  static GatingRule parse(String text) {
    String spec = text.trim().toLowerCase(Locale.ROOT);
    int colon = spec.indexOf(':');
    String kind = colon < 0 ? spec : spec.substring(0, colon);
    java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
    if (colon >= 0 && colon + 1 < spec.length()) {
      for (String part : spec.substring(colon + 1).split(",")) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(
              "gating rule '" + text + "': '" + part + "' is not key=value");
        }
        keys.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    try {
      switch (kind) {
        case "sprt" -> {
          SprtParams d = SprtParams.LEELA_ZERO;
          SprtParams p =
              new SprtParams(
                  number(keys, "elo0", d.elo0()),
                  number(keys, "elo1", d.elo1()),
                  number(keys, "alpha", d.alpha()),
                  number(keys, "beta", d.beta()));
          int cap = (int) number(keys, "cap", SprtGate.DEFAULT_CAP);
          String atCap = keys.getOrDefault("at-cap", "llr");
          keys.remove("at-cap");
          SprtGate.CapRule rule =
              switch (atCap) {
                case "llr" -> SprtGate.CapRule.LLR_SIGN;
                case "winrate" -> SprtGate.CapRule.WIN_RATE;
                default -> throw new IllegalArgumentException(
                    "at-cap is '" + atCap + "', expected llr or winrate");
              };
          noneLeft(keys);
          return new SprtGate(p, cap, rule);
        }
        case "fixed" -> {
          int games = (int) number(keys, "games", FixedGamesGate.ALPHAGO_ZERO.games());
          double threshold = number(keys, "threshold", FixedGamesGate.ALPHAGO_ZERO.threshold());
          noneLeft(keys);
          return new FixedGamesGate(games, threshold);
        }
        case "none" -> {
          noneLeft(keys);
          return NoGate.INSTANCE;
        }
        default -> throw new IllegalArgumentException(
            "unknown kind '" + kind + "', expected sprt, fixed or none");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("gating rule '" + text + "': " + e.getMessage(), e);
    }
  }

  private static double number(java.util.Map<String, String> keys, String key, double fallback) {
    String v = keys.remove(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + "=" + v + " is not a number", e);
    }
  }

  private static void noneLeft(java.util.Map<String, String> keys) {
    if (!keys.isEmpty()) {
      throw new IllegalArgumentException("unknown keys " + keys.keySet());
    }
  }
}
