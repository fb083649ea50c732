package dev.tengen.cli.command;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.TengenConfig;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which run a stage works on ({@code --run NAME}, {@code --runs-root DIR}) and its config. */
public final class RunOptions {
  @Option(names = "--run", paramLabel = "NAME", defaultValue = "default",
      description = "Run name; the run lives in RUNS_ROOT/NAME (default: ${DEFAULT-VALUE}).")
  String run;

  @Option(names = "--runs-root", paramLabel = "DIR", defaultValue = "runs",
      description = "Directory holding the runs (default: ${DEFAULT-VALUE}).")
  Path runsRoot;

  @Mixin ConfigOptions config = new ConfigOptions();

  /** The run directory these options name. */
  public RunDirectory directory() {
    return RunDirectory.of(runsRoot, run);
  }

  /** Opens (creating on first use) the run's configuration with the overrides applied. */
  public TengenConfig openConfig() {
    return directory().openConfig(config.configFile(), config.overrides());
  }
}
