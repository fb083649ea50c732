package dev.tengen.cli.command;

import dev.tengen.cli.Io;
import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.config.StatusConfig;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.progress.StatusReporter;
import dev.tengen.cli.stage.RunBootstrap;
import dev.tengen.cli.stage.Stage;
import dev.tengen.cli.stage.StageRunner;
import java.util.List;

/** What the stage subcommands share: open the run, give it a first model, run the stages. */
final class StageCommands {
  private StageCommands() {}

  /** Opens (creating) the run's configuration and makes sure it has a best model. */
  static TengenConfig prepare(RunOptions run, List<String> extraOverrides, Io io) {
    RunDirectory directory = run.directory();
    java.util.List<String> overrides = new java.util.ArrayList<>(run.config.overrides());
    overrides.addAll(extraOverrides);
    boolean existed = directory.exists();
    TengenConfig config = directory.openConfig(run.config.configFile(), overrides);
    io.err().println("tengen: " + (existed ? "resuming" : "created") + " run " + directory.dir()
        + " (config: " + directory.configFile() + ")");
    RunBootstrap.ensureInitialModel(directory, config, io.err());
    return config;
  }

  /**
   * Runs the stages as threads until they finish, fail or the process is stopped, with a status
   * line of the run on stderr every {@code tengen.status.interval}.
   */
  static int run(List<Stage> stages, RunDirectory directory, TengenConfig config, Io io)
      throws Exception {
    StatusConfig status = StageConfigs.status(config);
    try (StatusReporter reporter = new StatusReporter(directory, io.err())) {
      reporter.start(status.interval());
      new StageRunner(stages, io.err()).runAll();
      if (!status.interval().isZero()) {
        io.err().println(reporter.line());
      }
    }
    return dev.tengen.cli.ExitCodes.OK;
  }
}
