package dev.tengen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.LauncherRun;
import dev.tengen.cli.config.RunDirectory;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  /**
   * The summary of {@link SyntheticRuns}: every figure follows from what it wrote (actor a's last
   * session: 1 game in 5 s = 720/h, 20 moves / 5 s; total loss = policy + value + l2 when the
   * ownership loss is null). The ladder is anchored on the run's first model; the ratings are
   * the evaluator's Bradley-Terry fit (tested there): relative to the journal's first player they
   * were gnugo-l0 +246.4, initial -141.3, step-3 -116.4, i.e. the same differences.
   */
  static final String EXPECTED_SUMMARY = """
      Tengen report: RUN

      Self-play
        games in the queue     3
        positions (moves)      9 (7 with a full search)
        actors seen            2
        last a                 720.0 games/h, 4.00 positions/s over 5 s, 1 games, model initial (2026-11-20T10:00:30Z)
        last b                 360.0 games/h, 3.00 positions/s over 10 s, 1 games, model initial (2026-11-20T10:00:10Z)

      Trainer
        step                   3
        games consumed         3
        positions consumed     7
        samples seen           96
        learning rate          0.020000
        last losses            policy 2.0000, value 0.5000, ownership -, l2 0.1250, total 2.6250

      Models
        best model             step-000000002 (promoted 2026-11-20T10:01:10Z, 3.0 points after 4 of 4 games)
        candidates             2 announced (last at step 3), 1 promoted, 1 rejected, 0 pending

      Gating decisions
        2026-11-20T10:01:10Z  PROMOTED  step-000000002       over initial              score 0.750  3.0 points after 4 of 4 games
        2026-11-20T10:01:20Z  REJECTED  step-000000003                                 score 0.250  1.0 points after 4 of 4 games

      Elo ladder (10 games; Bradley-Terry, 95% intervals, initial = 0)
        player                   kind        elo  95% CI               games  points
        gnugo-l0                 engine    387.7  [ -220.5,   996.0]      2     2.0
        step-000000002           model     141.3  [ -161.8,   444.4]     10     6.0
        step-000000003           model      24.9  [ -366.6,   416.4]      4     1.0
        initial                  model       0.0  [    0.0,     0.0]      4     1.0

      Against outside engines (the model's score, 95% Wilson intervals; hours = when the model was created)
        model                      step  hours  engine       W/L/D        score  95% CI          mean margin
        step-000000002                2   0.02  gnugo-l0     0/2/0        0.000  [0.000, 0.658]  -1.5 (2 games)
      """;

  @Test
  void theReportSummarisesTheRunAndDrawsFourCharts(@TempDir Path root) throws Exception {
    RunDirectory run = SyntheticRuns.create(root);
    Outcome outcome = tengen("report", "--runs-root", root.toString(), "--run", "synthetic",
        "--width", "640", "--height", "400");
    assertEquals(ExitCodes.OK, outcome.code(), outcome.err());

    Path dir = run.dir().resolve("report");
    String summary = Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8);
    assertEquals(summary, outcome.out(), "the summary is printed as written");
    assertEquals(EXPECTED_SUMMARY.replace("RUN", run.dir().toString()), summary);
    for (String chart : List.of("losses.png", "selfplay.png", "elo.png", "engines.png")) {
      BufferedImage image = ImageIO.read(dir.resolve(chart).toFile());
      assertNotNull(image, chart + " decodes");
      assertEquals(640, image.getWidth(), chart);
      assertEquals(400, image.getHeight(), chart);
      assertTrue(outcome.err().contains("tengen report: wrote " + dir.resolve(chart)), outcome.err());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("elo.png", "engines.png", "losses.png", "report.txt", "selfplay.png"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
    }
  }

  @Test
  void anEmptyRunReportsNothingYetAndDrawsNoChart(@TempDir Path root) throws Exception {
    RunDirectory run = RunDirectory.of(root, "empty");
    run.openConfig(null, List.of());
    Outcome outcome = tengen("report", "--runs-root", root.toString(), "--run", "empty");
    assertEquals(ExitCodes.OK, outcome.code(), outcome.err());
    assertEquals("Tengen report: " + run.dir() + "\n"
        + "\nSelf-play\n"
        + "  games in the queue     0\n"
        + "  positions (moves)      0 (0 with a full search)\n"
        + "  actors seen            0\n"
        + "\nTrainer\n"
        + "  step                   none yet\n"
        + "\nModels\n"
        + "  best model             none yet\n"
        + "  candidates             0 announced (last at step -), 0 promoted, 0 rejected, 0 pending\n"
        + "\nGating decisions\n"
        + "  none yet\n"
        + "\nElo ladder\n"
        + "  no games yet\n", outcome.out());
    try (var files = Files.list(run.dir().resolve("report"))) {
      assertEquals(List.of("report.txt"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void aMalformedMetricsLineIsNamedByFileAndLine(@TempDir Path root) throws Exception {
    RunDirectory run = SyntheticRuns.create(root);
    Path train = run.metrics().resolve("train.jsonl");
    Files.writeString(train, Files.readString(train).replaceFirst("\"step\":2,", "\"step\":\"two\","));
    Outcome outcome = tengen("report", "--runs-root", root.toString(), "--run", "synthetic");
    assertEquals(ExitCodes.FAILURE, outcome.code());
    assertTrue(outcome.err().contains(train + ":2: \"step\" is not a whole number: two"),
        outcome.err());
  }

  @Test
  void tooSmallChartsAreAUsageError(@TempDir Path root) throws Exception {
    SyntheticRuns.create(root);
    Outcome outcome = tengen("report", "--runs-root", root.toString(), "--run", "synthetic",
        "--width", "20");
    assertEquals(ExitCodes.USAGE, outcome.code());
    assertEquals("tengen: configuration error: --width/--height: chart size 20x600 is too small"
        + " (at least 200x150)\n", outcome.err());
  }

  record Outcome(int code, String out, String err) {}

  static Outcome tengen(String... args) {
    LauncherRun r = LauncherRun.of(args);
    return new Outcome(r.code(), r.out(), r.err());
  }
}
