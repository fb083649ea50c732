package dev.tengen.cli.command;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.TengenCommand;
import dev.tengen.cli.config.ConfigError;
import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.StageConfigs;
import dev.tengen.cli.progress.ProgressBar;
import dev.tengen.cli.progress.Terminals;
import dev.tengen.selfplay.export.SgfExport;
import dev.tengen.selfplay.queue.GamesQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tengen export}: the run's self-play games as SGF files. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Export the run's games queue to SGF files, one per game named by its id (default into",
      "runs/NAME/sgf/). Safe while the run is going on."
    })
public final class ExportCommand implements Callable<Integer> {
  @ParentCommand TengenCommand parent;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/NAME/sgf).")
  Path out;

  @Option(names = "--from", paramLabel = "INDEX", defaultValue = "-1",
      description = "First queue index to export (default: the start).")
  long from;

  @Option(names = "--to", paramLabel = "INDEX", defaultValue = "" + Long.MAX_VALUE,
      description = "Last queue index to export (default: the end).")
  long to;

  @Override
  public Integer call() {
    Io io = parent.io();
    RunDirectory directory = run.directory();
    if (!directory.exists() || !Files.isDirectory(directory.games())) {
      throw new ConfigError("no run at " + directory.dir() + " (its config file is missing)");
    }
    Path target = out != null ? out : directory.sgf();
    Duration progressInterval = StageConfigs.status(run.openConfig()).progressInterval();
    try (GamesQueue games = GamesQueue.openReadOnly(directory.games())) {
      LongArrayList indices = new LongArrayList();
      games.forEach(from, to, record -> indices.add(record.index()));
      long written = 0;
      if (indices.size() > 0) {
        ProgressBar bar = ProgressBar.of("tengen export", indices.size(), io.err(),
            Terminals.redrawInPlace(io), progressInterval);
        int chunk = Math.max(1, indices.size() / PROGRESS_STEPS);
        for (int i = 0; i < indices.size(); i += chunk) {
          int last = Math.min(indices.size(), i + chunk) - 1;
          written += SgfExport.exportQueue(games, indices.get(i), indices.get(last), target);
          bar.update(last + 1, "games");
        }
        bar.finish();
      }
      io.err().println("tengen export: " + written + " games written to " + target);
    }
    return ExitCodes.OK;
  }

  /** Progress updates over a whole export: one export call per step. */
  private static final int PROGRESS_STEPS = 100;

  /** A growable list of queue indices without boxing. */
  private static final class LongArrayList {
    private long[] values = new long[256];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }
}
