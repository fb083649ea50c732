package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.network.CheckpointFile;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer applies the retention policy after each checkpoint, reading the decisions another
 * process (here: the test, through its own handle on the model queue) appends, and resumes from
 * what the policy left.
 */
class TrainerRetentionTest {
  private static final Instant T = Instant.ofEpochMilli(1_780_000_000_000L);

  @TempDir Path run;

  private TrainerParams.Builder params() throws Exception {
    Path initial = run.resolve("checkpoints/initial.ckpt");
    if (!Files.exists(initial)) {
      CheckpointFile.write(TrainableNetwork.create(TestRecords.TINY_5X5, TestRecords.training(0.05),
          77).checkpoint(null, 0), initial);
      try (ModelQueue models = ModelQueue.open(run.resolve("models"))) {
        models.ensureInitialBest("initial", "checkpoints/initial.ckpt", Clock.systemUTC());
      }
      try (GamesQueue games = GamesQueue.open(run.resolve("games"))) {
        for (int i = 0; i < 4; i++) {
          games.append(TestRecords.scripted(i, 3)); // 20 positions
        }
      }
    }
    return TrainerParams.builder(run)
        .network(TestRecords.TINY_5X5)
        .training(TestRecords.training(0.05))
        .batchSize(8)
        .seed(11)
        .samplesPerPosition(0)
        .checkpointEverySteps(1)
        .keepLatestCheckpoints(2)
        .window(WindowSizing.fixed(10))
        .initialCheckpoint(initial);
  }

  private static void stepTo(Trainer trainer, long step) {
    while (trainer.step() < step) {
      trainer.pump();
    }
  }

  private static void reject(ModelQueue models, long step) {
    models.append(new ModelEvent.Rejected(T, CheckpointStore.modelId(step), 0.4, "SPRT accepted H0"));
  }

  private static void promote(ModelQueue models, long step) {
    String id = CheckpointStore.modelId(step);
    models.append(new ModelEvent.Promoted(T, id, "checkpoints/" + id + ".ckpt", "initial", 0.6,
        "SPRT accepted H1"));
  }

  private Set<String> files() throws Exception {
    try (Stream<Path> files = Files.list(run.resolve("checkpoints"))) {
      return files.map(f -> f.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  private static Set<String> expected(long... steps) {
    Set<String> names = new TreeSet<>(Set.of("initial.ckpt"));
    for (long step : steps) {
      names.add(CheckpointStore.modelId(step) + ".ckpt");
      names.add(CheckpointStore.modelId(step) + ".trainer");
    }
    return names;
  }

  /** Steps 1..5, each a candidate: 1 rejected, 2 promoted, 3 and 4 rejected, 5 undecided. */
  private void trainWithDecisions(TrainerParams p) throws Exception {
    try (Trainer trainer = Trainer.open(p);
        ModelQueue models = ModelQueue.open(run.resolve("models"))) {
      stepTo(trainer, 2);
      reject(models, 1);
      promote(models, 2);
      stepTo(trainer, 3); // pass at 3: newest {2, 3}; 1 rejected: deleted
      if (p.pruneRejectedCheckpoints()) {
        assertEquals(expected(2, 3), files());
      }
      reject(models, 3);
      stepTo(trainer, 5); // pass at 4: nothing; pass at 5: newest {4, 5}; 3 deleted
      reject(models, 4);
    }
  }

  @Test
  void theTrainerDeletesRejectedCandidatesAndResumesFromTheNewestLeft() throws Exception {
    TrainerParams p = params().build();
    trainWithDecisions(p);
    assertEquals(expected(2, 4, 5), files());
    assertEquals(5, TestRecords.candidateIds(run).size());

    try (Trainer resumed = Trainer.open(p)) {
      assertEquals(5, resumed.step());
    }
    // the newest is unreadable: the kept one behind it (rejected, but among the newest 2) takes over
    Files.write(run.resolve("checkpoints/step-000000005.ckpt"), new byte[] {1, 2, 3});
    try (Trainer fallback = Trainer.open(p)) {
      assertEquals(4, fallback.step());
      stepTo(fallback, 6); // rewrites 5, writes 6; pass at 6: newest {5, 6}; 4 rejected: deleted
      assertEquals(6, fallback.step());
    }
    assertEquals(expected(2, 5, 6), files());
    try (Trainer resumed = Trainer.open(p)) {
      assertEquals(6, resumed.step());
    }
  }

  @Test
  void withPruningOffEveryCheckpointStays() throws Exception {
    TrainerParams p = params().pruneRejectedCheckpoints(false).build();
    trainWithDecisions(p);
    try (Trainer trainer = Trainer.open(p)) {
      stepTo(trainer, 6);
    }
    assertEquals(expected(1, 2, 3, 4, 5, 6), files());
  }
}
