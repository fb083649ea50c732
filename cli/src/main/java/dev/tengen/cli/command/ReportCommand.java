package dev.tengen.cli.command;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.ConfigError;
import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.report.ReportCharts;
import dev.tengen.cli.report.ReportText;
import dev.tengen.cli.report.RunHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tengen report}: the run's curves as PNG files and a text summary. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
      "Draw a run's training losses, self-play throughput and Elo ladder to PNG files and write",
      "a text summary (report.txt, also printed) into runs/NAME/report/. Safe during a run."
    })
public final class ReportCommand implements Callable<Integer> {
  /** The summary's file name inside the output directory. */
  public static final String SUMMARY = "report.txt";

  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/NAME/report).")
  Path out;

  @Option(names = "--width", paramLabel = "PX", defaultValue = "1000",
      description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--height", paramLabel = "PX", defaultValue = "600",
      description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
  int height;

  @Override
  public Integer call() {
    Io io = parent.io();
    RunDirectory directory = run.directory();
    if (!directory.exists()) {
      throw new ConfigError("no run at " + directory.dir() + " (its config file is missing)");
    }
    ReportCharts charts;
    try {
      charts = new ReportCharts(width, height);
    } catch (IllegalArgumentException e) {
      throw new ConfigError("--width/--height: " + e.getMessage());
    }
    TengenConfig config = run.openConfig();
    double ownershipWeight = config.doubleValue("trainer.ownership-weight");
    Path target = out != null ? out : directory.dir().resolve("report");
    RunHistory history = RunHistory.load(directory);
    String text = ReportText.render(history, directory.dir().toString(), ownershipWeight);
    List<Path> images = charts.write(history, ownershipWeight, target);
    Path summary = target.resolve(SUMMARY);
    writeAtomically(summary, text);
    io.out().print(text);
    io.out().flush();
    for (Path image : images) {
      io.err().println("tengen report: wrote " + image);
    }
    io.err().println("tengen report: wrote " + summary);
    return ExitCodes.OK;
  }

  private static void writeAtomically(Path file, String text) {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
