package dev.tengen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tengen.network.CheckpointFile;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tengen evaluate --a SPEC --b SPEC} through the launcher: a checkpoint against GNU Go and
 * against the random player, random against random, where the games go, and the usage errors.
 */
class EvaluateMatchTest {
  private static final Path GNUGO = Path.of("/usr/games/gnugo");
  private static final Pattern SCORE = Pattern.compile("A: W/L/D (\\d+)/(\\d+)/(\\d+), score rate");

  @TempDir static Path dir;
  private static Path model;

  private record Outcome(int code, String out, String err) {}

  @BeforeAll
  static void writeCheckpoint() throws Exception {
    model = dir.resolve("tiny.ckpt");
    TrainableNetwork network =
        TrainableNetwork.create(NetworkConfig.of(5, 1, 8), TrainingParams.DEFAULT, 1);
    CheckpointFile.write(network.checkpoint("", 0), model);
  }

  private static Outcome run(String... args) {
    LauncherRun r = LauncherRun.of(args);
    return new Outcome(r.code(), r.out(), r.err());
  }

  /** A's W/L/D from the summary. */
  private static int[] score(String summary) {
    Matcher m = SCORE.matcher(summary);
    assertTrue(m.find(), summary);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))};
  }

  /** The SGF directory the summary names, checked to hold exactly games 1..n. */
  private static Path assertSgfs(String summary, int games) throws IOException {
    Matcher m = Pattern.compile("SGF: (.+)").matcher(summary);
    assertTrue(m.find(), summary);
    Path sgfDir = Path.of(m.group(1).strip());
    for (int g = 1; g <= games; g++) {
      Path file = sgfDir.resolve(String.format("game-%04d.sgf", g));
      assertTrue(Files.isRegularFile(file), file + " missing");
      assertTrue(Files.readString(file).startsWith("(;"), file.toString());
    }
    try (Stream<Path> files = Files.list(sgfDir)) {
      assertEquals(games, files.count(), sgfDir.toString());
    }
    return sgfDir;
  }

  @Test
  void checkpointAgainstGnuGoLevelZero() throws Exception {
    assumeTrue(Files.isExecutable(GNUGO) || System.getenv("CI") != null,
        "GNU Go not installed at " + GNUGO + " (required when CI is set)");
    Path out = dir.resolve("vs-gnugo");
    Outcome r = run("evaluate", "--a", "ckpt:" + model, "--b", "gnugo:0", "--games", "2",
        "--size", "5", "--visits", "8", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    int[] s = score(r.out());
    assertEquals(2, s[0] + s[1] + s[2], r.out());
    assertTrue(r.out().contains("A = tiny, B = gnugo-l0"), r.out());
    assertTrue(r.out().contains("forfeits: none"), r.out() + r.err());
    assertTrue(r.out().contains("A as Black W/L/D"), r.out());
    Path sgfDir = assertSgfs(r.out(), 2);
    assertTrue(sgfDir.startsWith(out.resolve("sgf")), sgfDir.toString());
    assertEquals(2, Files.readAllLines(out.resolve("ladder-games.tsv")).stream()
        .filter(line -> line.contains("tiny") && !line.startsWith("#")).count());
  }

  @Test
  void checkpointAgainstRandomNeedsNoOutsideEngine() throws Exception {
    Path out = dir.resolve("vs-random");
    Outcome r = run("evaluate", "--a", "ckpt:" + model, "--b", "random", "--games", "2",
        "--size", "5", "--visits", "8", "--parallel", "2", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    int[] s = score(r.out());
    assertEquals(2, s[0] + s[1] + s[2], r.out());
    assertTrue(r.out().contains("A = tiny, B = random"), r.out());
    assertTrue(r.out().contains("Elo "), r.out());
    assertTrue(r.out().contains("95% CI (Wilson)"), r.out());
    assertSgfs(r.out(), 2);
    assertTrue(r.err().contains("match "), r.err());
  }

  @Test
  void randomAgainstRandomGoesToANewMatchDirectoryOrTheRunsEvaluator() throws Exception {
    Path runs = dir.resolve("runs");
    Outcome r = run("evaluate", "--a", "random", "--b", "random", "--games", "3", "--size", "5",
        "--komi", "0.5", "--runs-root", runs.toString());
    assertEquals(0, r.code(), r.err());
    int[] s = score(r.out());
    assertEquals(3, s[0] + s[1] + s[2], r.out());
    assertTrue(r.out().contains("A = random, B = random-b"), r.out());
    assertTrue(r.out().contains("3 games, 5x5, komi 0.5"), r.out());
    Path sgfDir = assertSgfs(r.out(), 3);
    // runs/matches/<match id>/sgf/<match id>/
    Path matchDir = sgfDir.getParent().getParent();
    assertEquals(runs.resolve("matches"), matchDir.getParent());
    assertEquals(sgfDir.getFileName(), matchDir.getFileName());

    Outcome inRun = run("evaluate", "--a", "random", "--b", "random", "--games", "1", "--size",
        "5", "--runs-root", runs.toString(), "--run", "r1");
    assertEquals(0, inRun.code(), inRun.err());
    Path runSgf = assertSgfs(inRun.out(), 1);
    assertTrue(runSgf.startsWith(runs.resolve("r1").resolve("evaluator").resolve("sgf")),
        runSgf.toString());
  }

  @Test
  void badSpecsAndOptionsAreUsageErrors() {
    Outcome unknown = run("evaluate", "--a", "foo:1", "--b", "random");
    assertEquals(ExitCodes.USAGE, unknown.code());
    assertTrue(unknown.err().contains("bad player spec 'foo:1'"), unknown.err());

    Outcome level = run("evaluate", "--a", "random", "--b", "gnugo:12");
    assertEquals(ExitCodes.USAGE, level.code());
    assertTrue(level.err().contains("'gnugo:12'"), level.err());

    Outcome oneSide = run("evaluate", "--a", "random", "--runs-root", dir.toString());
    assertEquals(ExitCodes.USAGE, oneSide.code());
    assertTrue(oneSide.err().contains("missing --b"), oneSide.err());

    Outcome noMatch = run("evaluate", "--games", "4", "--runs-root", dir.toString());
    assertEquals(ExitCodes.USAGE, noMatch.code());
    assertTrue(noMatch.err().contains("--games only applies to a match"), noMatch.err());

    Outcome games = run("evaluate", "--a", "random", "--b", "random", "--games", "0");
    assertEquals(ExitCodes.USAGE, games.code());
    assertTrue(games.err().contains("--games 0 < 1"), games.err());
    assertFalse(games.out().contains("SGF:"), games.out());

    Outcome opening = run("evaluate", "--a", "random", "--b", "random", "--opening-moves", "-1");
    assertEquals(ExitCodes.USAGE, opening.code());
    assertTrue(opening.err().contains("--opening-moves -1 < 0"), opening.err());
  }

  @Test
  void aCheckpointForAnotherBoardSizeFailsNamingIt() {
    Outcome r = run("evaluate", "--a", "ckpt:" + model, "--b", "random", "--games", "1",
        "--size", "9", "--out", dir.resolve("wrong-size").toString());
    assertEquals(ExitCodes.FAILURE, r.code());
    assertTrue(r.err().contains("plays 5x5 but the board is 9x9 (add --size 5)"), r.err());
  }

  @Test
  void helpListsTheMatchOptions() {
    Outcome help = run("evaluate", "--help");
    assertEquals(0, help.code());
    for (String option : List.of("--a=SPEC", "--b=SPEC", "--games=N", "--parallel=N", "--size=N",
        "--komi=K", "--visits=N", "--opening-moves=N", "--seed=N", "--out=DIR")) {
      assertTrue(help.out().contains(option), option + " missing:\n" + help.out());
    }
  }
}
