package dev.tengen.cli.command;

import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.progress.Terminals;
import dev.tengen.cli.stage.EvaluatorStage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code tengen evaluate}: the gatekeeper process of a run. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {
      "Run the evaluator: play each candidate against the best model, promote by the gating rule",
      "(SPRT by default), journal every game for the Elo ladder (runs/NAME/evaluator/)."
    })
public final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io();
    TengenConfig config = StageCommands.prepare(run, List.of(), io);
    return StageCommands.run(List.of(new EvaluatorStage(run.directory(), config, io.err(),
        Terminals.redrawInPlace(io))), run.directory(), config, io);
  }
}
