package dev.tengen.cli.command;

import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.progress.Terminals;
import dev.tengen.cli.stage.EvaluatorStage;
import dev.tengen.cli.stage.SelfplayStage;
import dev.tengen.cli.stage.TrainerStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code tengen run}: the whole loop as threads of one process. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "Run the whole loop in one process: a self-play actor, the trainer and the evaluator as",
      "threads over the run directory (the embedded default). Stop with Ctrl-C and start again",
      "to resume; more actors can join as separate `tengen selfplay` processes."
    })
public final class RunCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    TengenConfig config = StageCommands.prepare(run, List.of(), io);
    return StageCommands.run(List.of(
        new SelfplayStage(run.directory(), config),
        new TrainerStage(run.directory(), config),
        new EvaluatorStage(run.directory(), config, io.err(), Terminals.redrawInPlace(io))),
        run.directory(), config, io);
  }
}
