package dev.tengen.games;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The rules a game is played by. Scoring is always Tromp-Taylor area scoring with komi.
 *
 * <p>Printed and parsed as {@code ko=superko,suicide=forbidden,komi=7.5}: keys in any order,
 * any case, each at most once, missing keys taking the value of {@link #DEFAULT}. Ko is
 * {@code simple} or {@code superko} (also {@code psk}, {@code positional_superko}); suicide is
 * {@code forbidden} or {@code allowed}. {@code parse(r.toString())} equals {@code r}.
 *
 * @param ko which repetitions are forbidden
 * @param suicideAllowed whether a move may leave its own chain without liberties (the chain is
 *     then removed)
 * @param komi points given to White; a finite multiple of 0.5
 */
public record Rules(KoRule ko, boolean suicideAllowed, double komi) {
  /** Positional superko, suicide forbidden, komi 7.5. */
  public static final Rules DEFAULT = new Rules(KoRule.POSITIONAL_SUPERKO, false, 7.5);

  /** @throws IllegalArgumentException naming the komi if it is not a finite multiple of 0.5 */
  public Rules {
    requireNonNull(ko, "ko");
    checkKomi(komi);
  }

  /**
   * Checks a komi.
   *
   * @return komi
   * @throws IllegalArgumentException naming the value if it is not a finite multiple of 0.5
   */
  public static double checkKomi(double komi) {
    if (!Double.isFinite(komi) || Math.rint(komi * 2) != komi * 2) {
      throw new IllegalArgumentException("komi " + komi + " is not a multiple of 0.5");
    }
    return komi;
  }

  /** These rules with another komi. */
  public Rules withKomi(double newKomi) {
    return new Rules(ko, suicideAllowed, newKomi);
  }

  /** These rules with another ko rule. */
  public Rules withKo(KoRule newKo) {
    return new Rules(newKo, suicideAllowed, komi);
  }

  /** These rules with suicide allowed or not. */
  public Rules withSuicideAllowed(boolean allowed) {
    return new Rules(ko, allowed, komi);
  }

  /**
   * Parses rules as {@link #toString()} prints them.
   *
   * @throws IllegalArgumentException naming the offending part of the text
   */
  public static Rules parse(String text) {
    requireNonNull(text, "text");
    KoRule ko = null;
    Boolean suicide = null;
    Double komi = null;
    String trimmed = text.trim();
    if (!trimmed.isEmpty()) {
      for (String part : trimmed.split(",")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(
              "bad rules '" + text + "': '" + part.trim() + "' is not key=value");
        }
        String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String value = part.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
        switch (key) {
          case "ko":
            if (ko != null) {
              throw duplicate(text, key);
            }
            ko = parseKo(text, value);
            break;
          case "suicide":
            if (suicide != null) {
              throw duplicate(text, key);
            }
            suicide = parseSuicide(text, value);
            break;
          case "komi":
            if (komi != null) {
              throw duplicate(text, key);
            }
            komi = parseKomi(text, value);
            break;
          default:
            throw new IllegalArgumentException(
                "bad rules '" + text + "': unknown key '" + key + "' (known: ko, suicide, komi)");
        }
      }
    }
    return new Rules(
        ko != null ? ko : DEFAULT.ko,
        suicide != null ? suicide : DEFAULT.suicideAllowed,
        komi != null ? komi : DEFAULT.komi);
  }

  private static KoRule parseKo(String text, String value) {
    switch (value) {
      case "simple":
        return KoRule.SIMPLE;
      case "superko":
      case "psk":
      case "positional_superko":
      case "positional-superko":
        return KoRule.POSITIONAL_SUPERKO;
      default:
        throw new IllegalArgumentException(
            "bad rules '" + text + "': ko '" + value + "' is not simple or superko");
    }
  }

  private static boolean parseSuicide(String text, String value) {
    switch (value) {
      case "allowed":
        return true;
      case "forbidden":
        return false;
      default:
        throw new IllegalArgumentException(
            "bad rules '" + text + "': suicide '" + value + "' is not allowed or forbidden");
    }
  }

  private static double parseKomi(String text, String value) {
    double komi;
    try {
      komi = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "bad rules '" + text + "': komi '" + value + "' is not a number", e);
    }
    return checkKomi(komi);
  }

  private static IllegalArgumentException duplicate(String text, String key) {
    return new IllegalArgumentException("bad rules '" + text + "': key '" + key + "' given twice");
  }

  /** Formats a komi without a trailing ".0": 7.5, 7, -0.5. */
  public static String formatKomi(double komi) {
    if (komi == Math.rint(komi)) {
      return Long.toString((long) komi);
    }
    return Double.toString(komi);
  }

  /** For example {@code ko=superko,suicide=forbidden,komi=7.5}. */
  @Override
  public String toString() {
    return "ko=" + (ko == KoRule.SIMPLE ? "simple" : "superko")
        + ",suicide=" + (suicideAllowed ? "allowed" : "forbidden")
        + ",komi=" + formatKomi(komi);
  }
}
