package dev.tengen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.ExitCodes;
import dev.tengen.cli.Io;
import dev.tengen.cli.Launcher;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.selfplay.queue.ModelEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tengen run} as a real process on the tiny 5x5 run until self-play has played {@value
 * #GAMES} games, the trainer has done {@value #TRAINING_STEPS} steps and the evaluator has
 * promoted a candidate of step {@value #PROMOTED_STEP} or later; then stopped with SIGTERM.
 * Games flowed into the queue, the trainer wrote candidates, the gate decided, every run
 * invariant holds, and the best model the loop produced, playing Black, beats a uniformly random
 * player where the untrained first model does not (see {@link VersusRandom} for why Black).
 */
class LoopEndToEndTest {
  static final long TRAINING_STEPS = 800;
  static final long PROMOTED_STEP = 500;
  static final int GAMES = 500;
  static final int GAMES_VERSUS_RANDOM = 40;

  @Test
  void aTinyRunTrainsGatesAndItsModelBeatsARandomPlayer(@TempDir Path runs) throws Exception {
    Path run = runs.resolve("loop");
    RunState state;
    try (TengenProcess tengen = TengenProcess.start(runs.resolve("loop-log"),
        TinyRun.runArgs(runs, "loop"))) {
      TinyRun.awaitState(run, tengen, GAMES + " games, " + TRAINING_STEPS
              + " steps and a promotion of a candidate of step " + PROMOTED_STEP, 600,
          s -> s.games() >= GAMES && s.lastStep() >= TRAINING_STEPS
              && s.bestStep() >= PROMOTED_STEP);
      tengen.stop(60);
      state = RunState.read(run);
    }

    assertTrue(state.games() > 0, "no game in the queue");
    assertTrue(state.lastStep() >= TRAINING_STEPS, "trainer step " + state.lastStep());
    assertTrue(state.candidates().size() >= TRAINING_STEPS / 20,
        state.candidates().size() + " candidates for " + state.lastStep() + " steps");
    assertTrue(state.gatingDecisions() >= 1, "no PROMOTED or REJECTED event");
    // checkpoint retention (on by default) may delete rejected candidates; the rest must stay
    Set<String> rejected = new HashSet<>();
    state.rejections().forEach(r -> rejected.add(r.modelId()));
    for (ModelEvent.Candidate c : state.candidates()) {
      if (!rejected.contains(c.modelId())) {
        assertTrue(Files.isRegularFile(run.resolve(c.checkpointPath())), c.checkpointPath());
      }
    }
    RunInvariants.check(state);

    List<ModelEvent.Promoted> promoted = state.gatedPromotions();
    assertTrue(state.bestStep() >= PROMOTED_STEP, "best model of step " + state.bestStep());
    String modelId = promoted.get(promoted.size() - 1).modelId();
    String checkpoint = promoted.get(promoted.size() - 1).checkpointPath();
    MatchResult trainedMatch = VersusRandom.play(run, modelId, checkpoint, GAMES_VERSUS_RANDOM);
    MatchResult untrainedMatch =
        VersusRandom.play(run, "initial", "checkpoints/initial.ckpt", GAMES_VERSUS_RANDOM);
    MatchScore trained = trainedMatch.scoreOfA();
    MatchScore untrained = untrainedMatch.scoreOfA();
    System.err.println("LoopEndToEndTest: " + state.games() + " games, step " + state.lastStep()
        + ", " + state.candidates().size() + " candidates, " + state.gatedPromotions().size()
        + " promoted, " + state.rejections().size() + " rejected; against random: " + modelId
        + " " + trained.summary() + " (as Black/White W/L/D " + java.util.Arrays.toString(
            trainedMatch.colourRecordOfA()) + "); initial " + untrained.summary());
    assertTrue(trained.wins() >= 0.7 * GAMES_VERSUS_RANDOM,
        modelId + " against random:\n" + trainedMatch.summary());
    assertTrue(untrained.wins() < 0.5 * GAMES_VERSUS_RANDOM,
        "the untrained model against random (the control):\n" + untrainedMatch.summary());

    String report = report(runs, "loop");
    assertTrue(report.contains(String.format("  %-22s %d%n", "games in the queue", state.games())),
        report);
    assertTrue(report.contains(String.format("  %-22s %d%n", "step", state.lastStep())), report);
    for (String chart : List.of("losses.png", "selfplay.png", "elo.png")) {
      assertTrue(Files.size(run.resolve("report").resolve(chart)) > 0, chart);
    }
  }

  private static String report(Path runs, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
    int code = Launcher.run(new String[] {"report", "--runs-root", runs.toString(), "--run", name}, io);
    assertEquals(ExitCodes.OK, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
