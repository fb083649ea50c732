package dev.tengen.cli.command;

import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.stage.SelfplayStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tengen selfplay}: a self-play actor process on a run. */
@Command(name = "selfplay", mixinStandardHelpOptions = true,
    description = {
      "Run a self-play actor: play games with the run's best model and append them to its games",
      "queue, following promotions. Start as many actor processes as the machine holds."
    })
public final class SelfplayCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--games", paramLabel = "N",
      description = "Stop after N games (selfplay.max-games; default: until stopped).")
  Long games;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    List<String> extra = new ArrayList<>();
    if (games != null) {
      extra.add("selfplay.max-games=" + games);
    }
    TengenConfig config = StageCommands.prepare(run, extra, io);
    return StageCommands.run(List.of(new SelfplayStage(run.directory(), config)), run.directory(),
        config, io);
  }
}
