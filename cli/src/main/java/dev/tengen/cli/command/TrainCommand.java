package dev.tengen.cli.command;

import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.stage.TrainerStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tengen train}: the trainer process of a run. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {
      "Run the trainer: tail the games queue into a replay window, train, write checkpoints and",
      "announce candidates. One trainer per run."
    })
public final class TrainCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--steps", paramLabel = "N",
      description = "Stop after N training steps in total (trainer.max-steps; default: until stopped).")
  Long steps;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    List<String> extra = new ArrayList<>();
    if (steps != null) {
      extra.add("trainer.max-steps=" + steps);
    }
    TengenConfig config = StageCommands.prepare(run, extra, io);
    return StageCommands.run(List.of(new TrainerStage(run.directory(), config)), run.directory(),
        config, io);
  }
}
