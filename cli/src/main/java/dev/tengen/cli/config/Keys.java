package dev.tengen.cli.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import java.util.Locale;

/** Naming and locating config keys: record components map to kebab-case keys. */
final class Keys {
  private Keys() {}

  /** {@code cPuct} → {@code c-puct}, {@code fullVisits} → {@code full-visits}. */
  static String kebab(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Where a value came from: {@code runs/a/config: 14}, {@code --set ...}, or a description. */
  static String where(ConfigValue value) {
    return where(value.origin());
  }

  /** @see #where(ConfigValue) */
  static String where(ConfigOrigin origin) {
    if (origin.filename() != null && origin.lineNumber() > 0) {
      return origin.filename() + ": " + origin.lineNumber();
    }
    if (origin.resource() != null && origin.lineNumber() > 0) {
      return origin.resource() + ": " + origin.lineNumber();
    }
    // A string parsed with an origin description (a --set flag) reports "description: 1".
    return origin.description().replaceFirst(": \\d+$", "");
  }

  /** {@code path = value (where)}, for messages. */
  static String describe(Config config, String path) {
    if (!config.hasPathOrNull(path)) {
      return path + " (not set)";
    }
    ConfigValue value = config.getValue(path);
    String shown = value.valueType() == com.typesafe.config.ConfigValueType.STRING
        ? String.valueOf(value.unwrapped())
        : value.render(com.typesafe.config.ConfigRenderOptions.concise());
    return path + " = " + shown + " (" + where(value) + ")";
  }

  /** Levenshtein distance, for "did you mean" suggestions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
