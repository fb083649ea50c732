package dev.tengen.cli.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the three layers of a Tengen configuration and checks them against the shipped
 * {@code reference.conf}: the reference (every knob, its default and a comment), an optional
 * config file (a run's {@code config}, or {@code --config FILE}), and {@code --set key=value}
 * overrides, later layers winning.
 *
 * <p>Every key a user layer sets must exist in the reference, with a compatible shape; otherwise
 * {@link ConfigError} names the key, the file and line (or the flag) and the nearest known key.
 * Ranges are checked later, when sections are bound to the modules' params records
 * ({@link RecordBinder}).
 */
public final class ConfigLayers {
  /** Every Tengen key lives under this root. */
  public static final String ROOT = "tengen";

  private ConfigLayers() {}

  /** The shipped reference configuration (unresolved), read from the class path. */
  public static Config reference() {
    return ConfigFactory.parseResources(
        ConfigLayers.class.getClassLoader(), "reference.conf",
        ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
  }

  /**
   * Parses a config file (HOCON).
   *
   * @throws ConfigError if it is missing or does not parse (the message has file and line)
   */
  public static Config parseFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigError("config file not found: " + file);
    }
    try {
      return ConfigFactory.parseFile(file.toFile(),
          ConfigParseOptions.defaults().setAllowMissing(false).setSyntax(ConfigSyntax.CONF));
    } catch (ConfigException e) {
      throw new ConfigError("cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses one {@code --set} override: {@code key=value}, the key with or without the leading
   * {@code tengen.}; the value is HOCON ({@code 1.5}, {@code true}, {@code [1, 2]}, {@code 30s})
   * or, if it does not parse as such, a plain string.
   *
   * @throws ConfigError naming the flag when it has no {@code =} or no key
   */
  public static Config parseOverride(String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new ConfigError("--set expects key=value, got '" + assignment + "'");
    }
    String key = qualify(assignment.substring(0, eq).trim());
    String value = assignment.substring(eq + 1).trim();
    String origin = "--set " + assignment;
    ConfigParseOptions options = ConfigParseOptions.defaults().setOriginDescription(origin);
    try {
      Config parsed = ConfigFactory.parseString(key + " = " + (value.isEmpty() ? "\"\"" : value), options);
      if (parsed.hasPathOrNull(key)) {
        return parsed;
      }
    } catch (ConfigException e) {
      // not HOCON: taken as a plain string below
    }
    try {
      return ConfigFactory.empty(origin).withValue(key, ConfigValueFactory.fromAnyRef(value, origin));
    } catch (ConfigException e) {
      throw new ConfigError("bad key in '" + origin + "': " + e.getMessage(), e);
    }
  }

  /** {@code search.c-puct} → {@code tengen.search.c-puct}; a qualified key is returned as is. */
  public static String qualify(String key) {
    return key.startsWith(ROOT + ".") || key.equals(ROOT) ? key : ROOT + "." + key;
  }

  /**
   * Checks that every key {@code layer} sets exists in {@code reference} with the same shape.
   *
   * @throws ConfigError naming the first offending key and where it was set
   */
  public static void checkKnown(Config layer, Config reference) {
    List<Map.Entry<String, ConfigValue>> entries = new ArrayList<>(layer.entrySet());
    entries.sort(Comparator.comparing(
        (Map.Entry<String, ConfigValue> e) -> e.getValue().origin().lineNumber()));
    for (Map.Entry<String, ConfigValue> entry : entries) {
      String path = entry.getKey();
      ConfigValue value = entry.getValue();
      if (!reference.hasPathOrNull(path)) {
        String parentSection = firstObjectAncestorMismatch(path, reference);
        if (parentSection != null) {
          throw new ConfigError("config key " + parentSection + " is a single value, not a section ("
              + Keys.where(value) + ": " + path + ")");
        }
        throw new ConfigError("unknown config key " + path + " (" + Keys.where(value) + ")"
            + suggestion(path, reference));
      }
      ConfigValue known = reference.getValue(path);
      if (known.valueType() == ConfigValueType.OBJECT && value.valueType() != ConfigValueType.OBJECT) {
        throw new ConfigError("config key " + path + " is a section, not a single value ("
            + Keys.where(value) + ")");
      }
    }
  }

  private static String firstObjectAncestorMismatch(String path, Config reference) {
    List<String> parts = com.typesafe.config.ConfigUtil.splitPath(path);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.size() - 1; i++) {
      if (i > 0) {
        prefix.append('.');
      }
      prefix.append(com.typesafe.config.ConfigUtil.quoteString(parts.get(i)).replace("\"", ""));
      String p = prefix.toString();
      if (reference.hasPathOrNull(p) && reference.getValue(p).valueType() != ConfigValueType.OBJECT) {
        return p;
      }
    }
    return null;
  }

  private static String suggestion(String path, Config reference) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<String, ConfigValue> known : reference.entrySet()) {
      int d = Keys.distance(path, known.getKey());
      if (d < bestDistance) {
        bestDistance = d;
        best = known.getKey();
      }
    }
    if (best == null || bestDistance > Math.max(3, path.length() / 4)) {
      return "";
    }
    return "; did you mean " + best + "?";
  }
}
