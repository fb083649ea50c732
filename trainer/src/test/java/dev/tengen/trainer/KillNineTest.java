package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tengen.selfplay.queue.GamesQueue;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer process killed with SIGKILL mid-run resumes from its last complete checkpoint. */
class KillNineTest {

  @TempDir Path run;

  static TrainerParams params(Path run) {
    return TrainerParams.builder(run)
        .network(TestRecords.TINY_5X5)
        .training(TestRecords.training(0.05))
        .batchSize(8)
        .seed(3)
        .samplesPerPosition(0)
        .checkpointEverySteps(2)
        .window(new WindowSizing(10, 0.5, 0.65, 10, 40))
        .build();
  }

  @Test
  void afterKillNineTheTrainerResumesWithTheSameWindowAndAnnouncesEachCheckpointOnce()
      throws Exception {
    try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
      for (int i = 0; i < 12; i++) {
        queue.append(TestRecords.scripted(i, 3));
      }
    }
    Process child = startChild(run);
    try {
      Path awaited = run.resolve("checkpoints/step-000000004.ckpt");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      while (!Files.exists(awaited)) {
        if (!child.isAlive()) {
          fail("the child trainer died: " + Files.readString(run.resolve("child.err")));
        }
        if (System.nanoTime() > deadline) {
          fail("no checkpoint 4 within 300 s: " + Files.readString(run.resolve("child.err")));
        }
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final checkpoint
      child.waitFor();
    }

    CheckpointStore.Loaded latest =
        new CheckpointStore(run.resolve("checkpoints")).latest(TestRecords.TINY_5X5).orElseThrow();
    long step = latest.state().step();
    assertTrue(step >= 4 && step % 2 == 0, "latest complete checkpoint at step " + step);
    try (Trainer resumed = Trainer.open(params(run))) {
      assertEquals(step, resumed.step());
      assertEquals(step * 8, resumed.samplesSeen());
      assertEquals(12, resumed.gamesConsumed());
      assertEquals(latest.state().positionsConsumed(), resumed.window().endRow());
      assertEquals(latest.state().windowDigest(), resumed.window().digest());
      assertEquals(step, Files.readAllLines(run.resolve("metrics/train.jsonl")).size());
    }
    List<String> expected = new ArrayList<>();
    for (long s = 2; s <= step; s += 2) {
      expected.add(CheckpointStore.modelId(s));
    }
    assertEquals(expected, TestRecords.candidateIds(run));
  }

  private static Process startChild(Path run) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle.")) {
        command.add(arg);
      }
    }
    command.add("-Dchronicle.analytics.disable=true");
    command.add("-Dchronicle.announcer.disable=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TrainerChild.class.getName());
    command.add(run.toString());
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(run.resolve("child.err").toFile())
        .redirectOutput(run.resolve("child.out").toFile());
    builder.environment().put("OMP_NUM_THREADS", "2");
    return builder.start();
  }
}
