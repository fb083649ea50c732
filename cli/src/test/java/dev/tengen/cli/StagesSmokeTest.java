package dev.tengen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.config.TengenConfig;
import dev.tengen.cli.stage.EvaluatorStage;
import dev.tengen.cli.stage.StageRunner;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages over a real run directory with a tiny network on 5x5: a new run gets its config
 * file and an initial model, self-play appends games, export writes them as SGF, the trainer
 * trains on them and announces candidates, the evaluator judges the candidates.
 */
class StagesSmokeTest {
  private static final String[] TINY_SETS = {
    "game.board-size=5", "network.blocks=1", "network.channels=8", "network.policy-channels=4",
    "network.value-channels=4", "network.value-hidden=8"
  };

  private static final String[] TINY = {
    "--set", "game.board-size=5", "--set", "network.blocks=1", "--set", "network.channels=8",
    "--set", "network.policy-channels=4", "--set", "network.value-channels=4",
    "--set", "network.value-hidden=8", "--set", "selfplay.games-per-thread=2",
    "--set", "search.full-visits=8", "--set", "search.fast-visits=4",
    "--set", "selfplay.metrics-interval=1s"
  };

  private static String[] run(String... args) {
    return LauncherRun.of(args).asArray();
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void selfplayThenExport(@TempDir Path runs) throws Exception {
    String[] selfplay = run(concat(new String[] {"selfplay", "--runs-root", runs.toString(),
        "--run", "tiny", "--games", "2"}, TINY));
    assertEquals("0", selfplay[0], selfplay[2]);
    assertTrue(selfplay[2].contains("created run " + runs.resolve("tiny")), selfplay[2]);
    Path run = runs.resolve("tiny");
    assertTrue(Files.isRegularFile(run.resolve("config")));
    assertTrue(Files.isRegularFile(run.resolve("checkpoints/initial.ckpt")));
    assertTrue(Files.readString(run.resolve("config")).contains("board-size=5"));

    String[] export = run("export", "--runs-root", runs.toString(), "--run", "tiny");
    assertEquals("0", export[0], export[2]);
    assertTrue(export[2].contains("tengen export: 2 games written to " + run.resolve("sgf")), export[2]);
    assertTrue(export[2].contains("tengen export: 1/2 (50%) games\ntengen export: 2/2 (100%) games\n"),
        "the progress bar's first and last lines: " + export[2]);
    List<Path> files;
    try (Stream<Path> list = Files.list(run.resolve("sgf"))) {
      files = list.filter(p -> p.toString().endsWith(".sgf")).toList();
    }
    assertEquals(2, files.size());
    for (Path file : files) {
      SgfGame game = SgfReader.read(file);
      assertEquals(5, game.size());
      assertTrue(!game.moves().isEmpty());
      assertTrue(!game.result().isEmpty(), "a finished self-play game has a result");
    }
    String[] resumed = run("selfplay", "--runs-root", runs.toString(), "--run", "tiny", "--games", "1",
        "--set", "game.board-size=9");
    assertEquals(Integer.toString(ExitCodes.USAGE), resumed[0]);
    assertTrue(resumed[2].contains("--set cannot change tengen.game of an existing run"), resumed[2]);
  }

  @Test
  void trainerThenEvaluatorOnSelfplayGames(@TempDir Path runs) throws Exception {
    String[] selfplay = run(concat(new String[] {"selfplay", "--runs-root", runs.toString(),
        "--run", "t", "--games", "4"}, TINY));
    assertEquals("0", selfplay[0], selfplay[2]);
    String[] train = run(concat(new String[] {"train", "--runs-root", runs.toString(), "--run", "t",
        "--steps", "2", "--set", "trainer.window.min-positions=8", "--set",
        "trainer.window.taper-scale=8", "--set", "trainer.batch-size=4", "--set",
        "trainer.bucket-capacity=64", "--set", "trainer.checkpoint-every-steps=1", "--set",
        "trainer.samples-per-position=0"}, TINY));
    assertEquals("0", train[0], train[2]);
    assertTrue(train[2].contains("resuming run " + runs.resolve("t")), train[2]);
    assertTrue(Files.isRegularFile(runs.resolve("t/checkpoints/step-000000002.ckpt")), train[2]);

    // The evaluator judges the candidates against the initial model with a 2-game fixed gate.
    TengenConfig config = RunDirectory.of(runs, "t").openConfig(null, List.of(TINY_SETS));
    config = config.withOverrides(List.of("evaluator.gating=fixed", "evaluator.fixed.games=2",
        "evaluator.fixed.threshold=0.5", "evaluator.parallel-games=1", "evaluator.poll-interval=100ms",
        "match.search.full-visits=8", "match.search.fast-visits=8"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    EvaluatorStage evaluator = new EvaluatorStage(RunDirectory.of(runs, "t"), config,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    StageRunner runner = new StageRunner(List.of(evaluator), new PrintStream(log, true, StandardCharsets.UTF_8));
    Thread thread = new Thread(() -> {
      try {
        runner.runAll();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    thread.start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    long verdicts = 0;
    while (verdicts < 2 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      try (ModelQueue models = ModelQueue.openReadOnly(runs.resolve("t/models"))) {
        verdicts = models.readAll().stream()
            .filter(e -> e.value() instanceof ModelEvent.Rejected
                || (e.value() instanceof ModelEvent.Promoted p && !p.modelId().equals("initial")))
            .count();
      }
    }
    runner.stopAll();
    thread.join(30_000);
    assertEquals(2, verdicts, "a verdict for each of the two candidates:\n" + log);
    assertTrue(Files.isDirectory(runs.resolve("t/evaluator")), log.toString());
  }
}
