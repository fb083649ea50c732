package dev.tengen.cli.command;

import dev.tengen.cli.TengenCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code tengen report}: Draw loss, throughput and Elo curves of a run to PNG files. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Draw loss, throughput and Elo curves of a run to PNG files.")
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Override
  public Integer call() {
    throw new StageUnavailableException(
        "report: the report stage is not available in this build yet; nothing was run.");
  }
}
