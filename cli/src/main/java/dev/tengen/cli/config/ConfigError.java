package dev.tengen.cli.config;

/**
 * A configuration the launcher refuses: an unknown key, a value of the wrong type or out of
 * range. The message names the key and where its value came from (file and line, or the
 * {@code --set} flag), e.g. {@code tengen.search.c-puct = -1 (runs/a/config: 14): cPuct must
 * be positive and finite, got -1.0}.
 */
public final class ConfigError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message the whole user-facing message */
  public ConfigError(String message) {
    super(message);
  }

  /** @param message the whole user-facing message; {@code cause} for debugging */
  public ConfigError(String message, Throwable cause) {
    super(message, cause);
  }
}
