package dev.tengen.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The config flags every command takes: {@code --config FILE} and {@code --set KEY=VALUE}. */
public final class ConfigOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "HOCON config file layered over the shipped reference.conf "
          + "(for a run: only when the run is created; afterwards edit runs/NAME/config).")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one knob, e.g. --set search.c-puct=1.5 (the 'tengen.' prefix is "
          + "optional). Repeatable; wins over every file.")
  List<String> overrides = new ArrayList<>();

  /** The config file, or null. */
  public Path configFile() {
    return configFile;
  }

  /** The overrides in command-line order. */
  public List<String> overrides() {
    return List.copyOf(overrides);
  }
}
