package dev.tengen.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.report.SyntheticRuns;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusReporterTest {

  @Test
  void theStatusLineSumsTheActiveActorsAndNamesStepLossesBestGateAndElo(@TempDir Path root)
      throws Exception {
    RunDirectory run = SyntheticRuns.create(root);
    StatusReporter reporter = new StatusReporter(run, System.err);
    assertEquals("status: self-play 2 games, 7.0 positions/s (2 actors)"
        + " | trainer step 3, 3 games in, loss policy 2.000 value 0.500"
        + " | best step-000000002 | last gate REJECTED step-000000003 (0.250)"
        + " | Elo step-000000002 +141 ±303 over initial (10 games)", reporter.line());
  }

  @Test
  void aNewRunSaysNothingHappenedYet(@TempDir Path root) {
    RunDirectory run = RunDirectory.of(root, "new");
    run.openConfig(null, List.of());
    assertEquals("status: self-play: no games yet | trainer: no step yet | best: none yet",
        new StatusReporter(run, System.err).line());
  }

  @Test
  void startedItPrintsALinePerIntervalUntilClosed(@TempDir Path root) throws Exception {
    RunDirectory run = RunDirectory.of(root, "new");
    run.openConfig(null, List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (StatusReporter reporter = new StatusReporter(run, out).start(Duration.ofMillis(20))) {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (bytes.toString(StandardCharsets.UTF_8).lines().count() < 2
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.size() >= 2, "lines: " + lines);
    for (String line : lines) {
      assertEquals("status: self-play: no games yet | trainer: no step yet | best: none yet", line);
    }
  }
}
