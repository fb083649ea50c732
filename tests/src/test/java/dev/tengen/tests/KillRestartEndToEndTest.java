package dev.tengen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.queue.ModelEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tengen run} killed with SIGKILL in the middle of the tiny run (games being appended,
 * the trainer between checkpoints, a gating match under way) and started again on the same
 * directory, {@value #KILLS} times, then stopped with SIGTERM: no game lost or duplicated, the
 * trainer resumed from its last complete checkpoint each time (the metrics of the steps up to it
 * are untouched, the step never went back before it), no candidate announced or decided twice,
 * the trainer's consumed counts equal to the queue's, and after every start the run went on
 * producing games, candidates and verdicts.
 */
class KillRestartEndToEndTest {

  /** Kill -9 and restart this many times before the final, graceful stop. */
  static final int KILLS = 2;

  @Test
  void aRunKilledWithSigkillResumesWithoutLosingOrRepeatingAnything(@TempDir Path runs)
      throws Exception {
    Path run = runs.resolve("kill");
    Path log = runs.resolve("kill-log");
    List<String> args = TinyRun.runArgs(runs, "kill");

    RunState previous = RunState.read(run);
    for (int round = 0; round <= KILLS; round++) {
      RunState before = previous;
      long candidateStep = before.candidates().isEmpty() ? -1
          : before.candidates().get(before.candidates().size() - 1).step();
      boolean last = round == KILLS;
      try (TengenProcess tengen = TengenProcess.start(log, args)) {
        TinyRun.awaitState(run, tengen, "progress after start " + (round + 1), 600,
            s -> s.games() >= before.games() + 40
                && s.candidates().size() >= before.candidates().size() + 3
                && s.gatingDecisions() >= before.gatingDecisions() + 2);
        if (last) {
          tengen.stop(60);
        } else {
          tengen.kill();
        }
      }
      RunState after = RunState.read(run);
      RunInvariants.check(after);
      assertResumedFrom(before, after, candidateStep);
      previous = after;
    }
  }

  /** What must hold between the state {@code before} a start and the state {@code after} it ended. */
  private static void assertResumedFrom(RunState before, RunState after, long candidateStep) {
    // The games queue only grew: every game from before is there, in the same place.
    assertEquals(before.gameIds(), after.gameIds().subList(0, before.games()));
    assertTrue(after.games() > before.games(), "no game after the restart");

    // The trainer resumed from its newest complete checkpoint: the lines of the steps up to it
    // are the very lines written before the kill, and training went on past it.
    if (!before.completeCheckpointSteps().isEmpty()) {
      int checkpoint = (int) (long) before.completeCheckpointSteps().last();
      assertTrue(before.train().size() >= checkpoint, "metrics end before the checkpoint");
      assertEquals(before.trainLines().subList(0, checkpoint),
          after.trainLines().subList(0, checkpoint));
      assertTrue(after.lastStep() > checkpoint,
          "step " + after.lastStep() + " after resuming from " + checkpoint);
    }

    // Models and ladder: the queue and the journal only grew, new candidates follow the old.
    assertEquals(before.events(), after.events().subList(0, before.events().size()));
    List<ModelEvent.Candidate> candidates = after.candidates();
    assertTrue(candidates.get(candidates.size() - 1).step() > candidateStep);
    assertTrue(after.gatingDecisions() > before.gatingDecisions());
    assertEquals(before.ladderGameIds(),
        after.ladderGameIds().subList(0, before.ladderGameIds().size()));
  }
}
