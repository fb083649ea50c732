package dev.tengen.cli.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The effective, checked configuration of one invocation: the shipped reference, then an optional
 * file, then {@code --set} overrides. Immutable; cheap to pass around.
 *
 * <p>Keys are written relative to {@value ConfigLayers#ROOT} in every accessor
 * ({@code bind("search", SearchParams.class)}, {@code intValue("game.board-size")}).
 */
public final class TengenConfig {
  private final Config resolved;
  private final Config userLayers;

  private TengenConfig(Config resolved, Config userLayers) {
    this.resolved = resolved;
    this.userLayers = userLayers;
  }

  /** The reference configuration alone: every default. */
  public static TengenConfig defaults() {
    return load(null, List.of());
  }

  /**
   * Layers {@code file} (may be null) and {@code overrides} ({@code key=value}) over the
   * reference.
   *
   * @throws ConfigError for an unreadable file, an unknown key or a value of the wrong shape
   */
  public static TengenConfig load(Path file, List<String> overrides) {
    Config user = ConfigFactory.empty();
    if (file != null) {
      user = ConfigLayers.parseFile(file);
    }
    for (String override : overrides) {
      user = ConfigLayers.parseOverride(override).withFallback(user);
    }
    return of(user);
  }

  /**
   * Checks {@code userLayers} against the reference and resolves it.
   *
   * @throws ConfigError for an unknown key or a value of the wrong shape
   */
  public static TengenConfig of(Config userLayers) {
    Config reference = ConfigLayers.reference();
    try {
      Config resolvedUser = userLayers.resolveWith(userLayers.withFallback(reference));
      ConfigLayers.checkKnown(resolvedUser, reference.resolve());
      Config resolved = userLayers.withFallback(reference).resolve();
      return new TengenConfig(resolved, userLayers);
    } catch (ConfigException e) {
      throw new ConfigError("bad configuration: " + e.getMessage(), e);
    }
  }

  /** This configuration with more overrides on top (checked the same way). */
  public TengenConfig withOverrides(List<String> overrides) {
    Config user = userLayers;
    for (String override : overrides) {
      user = ConfigLayers.parseOverride(override).withFallback(user);
    }
    return of(user);
  }

  /** The resolved configuration (reference included), rooted above {@value ConfigLayers#ROOT}. */
  public Config config() {
    return resolved;
  }

  /** What the file and flags set, without the reference (for diffs and run identity checks). */
  public Config userLayers() {
    return userLayers;
  }

  /**
   * Binds the section {@code section} (relative to the root) onto a params record.
   *
   * @throws ConfigError naming the key, value and origin the record rejects
   */
  public <R extends Record> R bind(String section, Class<R> type) {
    return RecordBinder.bind(resolved, ConfigLayers.qualify(section), type);
  }

  /** An int knob. @throws ConfigError naming the key if it is not a whole number */
  public int intValue(String key) {
    String path = ConfigLayers.qualify(key);
    try {
      return resolved.getInt(path);
    } catch (ConfigException e) {
      throw new ConfigError(Keys.describe(resolved, path) + ": expected a whole number", e);
    }
  }

  /** A decimal knob. @throws ConfigError naming the key if it is not a number */
  public double doubleValue(String key) {
    String path = ConfigLayers.qualify(key);
    try {
      return resolved.getDouble(path);
    } catch (ConfigException e) {
      throw new ConfigError(Keys.describe(resolved, path) + ": expected a number", e);
    }
  }

  /** A string knob. */
  public String stringValue(String key) {
    String path = ConfigLayers.qualify(key);
    try {
      return resolved.getString(path);
    } catch (ConfigException e) {
      throw new ConfigError(Keys.describe(resolved, path) + ": expected a string", e);
    }
  }

  /** A boolean knob. */
  public boolean booleanValue(String key) {
    String path = ConfigLayers.qualify(key);
    try {
      return resolved.getBoolean(path);
    } catch (ConfigException e) {
      throw new ConfigError(Keys.describe(resolved, path) + ": expected true or false", e);
    }
  }

  /**
   * Checks an int knob's range.
   *
   * @throws ConfigError naming the key, value and origin when outside {@code [min, max]}
   */
  public int intValue(String key, int min, int max) {
    int value = intValue(key);
    if (value < min || value > max) {
      throw new ConfigError(Keys.describe(resolved, ConfigLayers.qualify(key))
          + ": must be in [" + min + ", " + max + "]");
    }
    return value;
  }

  /** {@code path = value (where)} for a key, for messages. */
  public String describe(String key) {
    return Keys.describe(resolved, ConfigLayers.qualify(key));
  }

  /**
   * The whole configuration as a HOCON file under {@code tengen { ... }}, with the reference's
   * comments: what a run directory's {@code config} holds.
   */
  public String render() {
    ConfigRenderOptions options = ConfigRenderOptions.defaults()
        .setOriginComments(false).setComments(true).setFormatted(true).setJson(false);
    return "# Tengen run configuration. Every knob with its comment; edit and resume, or override\n"
        + "# a knob for one invocation with --set key=value.\n"
        + resolved.root().withOnlyKey(ConfigLayers.ROOT).render(options);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TengenConfig that && resolved.equals(that.resolved);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resolved);
  }
}
