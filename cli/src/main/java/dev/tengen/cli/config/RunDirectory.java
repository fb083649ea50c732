package dev.tengen.cli.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * One run's directory, {@code runs/NAME/}: {@code config}, {@code games/}, {@code models/},
 * {@code checkpoints/}, {@code metrics/}, {@code sgf/}.
 *
 * <p>The run's {@code config} file is written on the first invocation (the reference, the optional
 * {@code --config} file and the {@code --set} overrides, rendered with every comment) and read on
 * every later one, so a resumed run keeps its settings. On resume, {@code --set} still overrides
 * for that invocation, except the keys that define the run's identity ({@link #IDENTITY_SECTIONS}:
 * board, rules and network shape), which would make old games and checkpoints meaningless.
 */
public final class RunDirectory {
  /** Name of the config file inside a run directory. */
  public static final String CONFIG_FILE = "config";

  /** Sections (relative to the root) that cannot change once a run exists. */
  public static final List<String> IDENTITY_SECTIONS = List.of("game", "network");

  private final Path dir;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /** The run directory {@code root/name}; nothing is created yet. */
  public static RunDirectory of(Path root, String name) {
    if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..")
        || name.equals(".")) {
      throw new ConfigError("bad run name '" + name + "': use letters, digits, '-', '_' or '.'");
    }
    return new RunDirectory(root.resolve(name));
  }

  /** The run directory at {@code dir}; nothing is created yet. */
  public static RunDirectory at(Path dir) {
    return new RunDirectory(Objects.requireNonNull(dir, "dir"));
  }

  public Path dir() {
    return dir;
  }

  public Path configFile() {
    return dir.resolve(CONFIG_FILE);
  }

  public Path games() {
    return dir.resolve("games");
  }

  public Path models() {
    return dir.resolve("models");
  }

  public Path checkpoints() {
    return dir.resolve("checkpoints");
  }

  public Path metrics() {
    return dir.resolve("metrics");
  }

  public Path sgf() {
    return dir.resolve("sgf");
  }

  /** The evaluator's directory: ladder journal, gating SGF, engine logs. */
  public Path evaluator() {
    return dir.resolve("evaluator");
  }

  /** Whether the run has been started before (its config file exists). */
  public boolean exists() {
    return Files.isRegularFile(configFile());
  }

  /**
   * Opens the run's configuration, creating the run on first use.
   *
   * @param initialFile a config file for a new run (null for the reference alone); refused
   *     when the run already exists, since its own config is then the file to edit
   * @param overrides {@code key=value} overrides for this invocation
   * @throws ConfigError for a bad configuration, an identity key changed on resume, or an
   *     initial file given for an existing run
   */
  public TengenConfig openConfig(Path initialFile, List<String> overrides) {
    if (exists()) {
      if (initialFile != null) {
        throw new ConfigError("run " + dir + " already exists with its own config (" + configFile()
            + "); edit that file or use --set instead of --config");
      }
      TengenConfig saved = TengenConfig.load(configFile(), List.of());
      TengenConfig effective = saved.withOverrides(overrides);
      for (String section : IDENTITY_SECTIONS) {
        String path = ConfigLayers.qualify(section);
        if (!saved.config().getValue(path).equals(effective.config().getValue(path))) {
          throw new ConfigError("--set cannot change " + path + " of an existing run (" + dir
              + "): its games and checkpoints depend on it; start a new run instead");
        }
      }
      return effective;
    }
    TengenConfig effective = TengenConfig.load(initialFile, overrides);
    create(effective);
    return effective;
  }

  private void create(TengenConfig config) {
    try {
      Files.createDirectories(dir);
      for (Path sub : List.of(games(), models(), checkpoints(), metrics(), sgf())) {
        Files.createDirectories(sub);
      }
      Path temp = dir.resolve(CONFIG_FILE + ".tmp");
      Files.writeString(temp, config.render(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, configFile(), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, configFile(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run directory " + dir, e);
    }
  }
}
