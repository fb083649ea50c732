package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.network.CheckpointFile;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingBatch;
import dev.tengen.network.TrainingLosses;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.QueueReader;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  private static final Pattern POLICY_LOSS = Pattern.compile("\"policy_loss\":([0-9.eE-]+)");

  @TempDir Path run;

  private TrainerParams.Builder params() {
    return TrainerParams.builder(run)
        .network(TestRecords.TINY_5X5)
        .training(TestRecords.training(0.05))
        .batchSize(8)
        .seed(11);
  }

  private void append(int fromId, int games, int stones) {
    try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
      for (int i = 0; i < games; i++) {
        queue.append(TestRecords.scripted(fromId + i, stones));
      }
    }
  }

  /** Pumps until the trainer has nothing to do; returns the number of steps taken. */
  private static int pumpUntilIdle(Trainer trainer) {
    int steps = 0;
    Trainer.Progress progress;
    while ((progress = trainer.pump()) != Trainer.Progress.IDLE) {
      if (progress == Trainer.Progress.TRAINED) {
        steps++;
      }
    }
    return steps;
  }

  private List<String> metricLines() throws Exception {
    return Files.readAllLines(run.resolve("metrics/train.jsonl"));
  }

  private static double policyLoss(String line) {
    Matcher m = POLICY_LOSS.matcher(line);
    assertTrue(m.find(), line);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void theRatioControlTrainsExactlyTheCreditedSamplesAndSkipsAheadWhenFull() {
    // 2 samples per position, batches of 8, bucket of 40 samples; training starts at 8 positions.
    TrainerParams p = params().samplesPerPosition(2.0).bucketCapacity(40)
        .window(new WindowSizing(8, 1.0, 1.0, 8, 1000)).build();
    try (Trainer trainer = Trainer.open(p)) {
      assertEquals(Trainer.Progress.IDLE, trainer.pump()); // waiting for data
      append(0, 1, 3); // 5 positions: credit 10, window not ready
      assertEquals(0, pumpUntilIdle(trainer));
      append(1, 1, 3); // 10 positions: credit 20 -> 2 steps, 4 left
      assertEquals(2, pumpUntilIdle(trainer));
      assertEquals(4.0, trainer.budget().level());
      append(2, 1, 1); // 3 positions: credit 10 -> 1 step, 2 left
      assertEquals(1, pumpUntilIdle(trainer));
      assertEquals(2.0, trainer.budget().level());
      append(3, 10, 3); // 50 positions: credit 100 but only 38 fit: 62 dropped = 31 positions
      assertEquals(5, pumpUntilIdle(trainer));
      assertEquals(0.0, trainer.budget().level());
      assertEquals(31, trainer.skippedPositions());
      assertEquals(8, trainer.step());
      assertEquals(64, trainer.samplesSeen());
      assertEquals(13, trainer.gamesConsumed());
      assertEquals(63, trainer.window().endRow());
    }
  }

  @Test
  void aResumedTrainerHasTheSameWindowStepAndBatchesAndAnnouncesNothingTwice() throws Exception {
    TrainerParams p = params().samplesPerPosition(0).checkpointEverySteps(3)
        .window(new WindowSizing(10, 0.5, 0.65, 10, 40)).build();
    append(0, 12, 3); // 60 positions
    long digestAtCheckpoint;
    long[] gamesAtCheckpoint;
    long endRowAtCheckpoint;
    try (Trainer first = Trainer.open(p)) {
      while (first.step() < 6) {
        first.pump();
      }
      digestAtCheckpoint = first.window().digest();
      gamesAtCheckpoint = first.window().queueIndices();
      endRowAtCheckpoint = first.window().endRow();
      append(100, 5, 2); // more data after the checkpoint, then steps 7 and 8, then a "crash"
      first.pump();
      first.pump();
      assertEquals(8, first.step());
      assertTrue(first.window().endRow() > endRowAtCheckpoint);
    } // closed without a checkpoint: steps 7 and 8 are lost
    List<String> before = metricLines();
    assertEquals(8, before.size());

    try (Trainer second = Trainer.open(p)) {
      assertEquals(6, second.step());
      assertEquals(48, second.samplesSeen());
      assertEquals(12, second.gamesConsumed());
      assertEquals(endRowAtCheckpoint, second.window().endRow());
      assertEquals(digestAtCheckpoint, second.window().digest());
      assertArrayEquals(gamesAtCheckpoint, second.window().queueIndices());
      assertEquals(6, metricLines().size()); // steps 7 and 8 dropped from the log
      second.pump();
      second.pump();
      assertEquals(8, second.step());
      assertEquals(17, second.gamesConsumed()); // the 5 later games counted once
    }
    List<String> after = metricLines();
    assertEquals(8, after.size());
    // step 7 and 8 drew the same batches from the same window with the same weights
    assertEquals(policyLoss(before.get(6)), policyLoss(after.get(6)), 1e-5);
    assertEquals(List.of("step-000000003", "step-000000006"), TestRecords.candidateIds(run));
    assertTrue(Files.exists(run.resolve("checkpoints/step-000000006.ckpt")));
    assertTrue(Files.exists(run.resolve("checkpoints/step-000000006.trainer")));
  }

  @Test
  void withTheNewestCheckpointLostItFallsBackAndRereadsTheGapAsNewData() throws Exception {
    TrainerParams p = params().samplesPerPosition(2.0).checkpointEverySteps(2)
        .window(new WindowSizing(10, 1.0, 1.0, 10, 30)).build();
    append(0, 4, 3); // 20 positions, 40 credit
    long digestAtTwo;
    long endRowAtTwo;
    try (Trainer first = Trainer.open(p)) {
      while (first.step() < 2) {
        first.pump();
      }
      digestAtTwo = first.window().digest();
      endRowAtTwo = first.window().endRow();
      append(4, 4, 3); // 20 more positions after checkpoint 2
      assertEquals(8, pumpUntilIdle(first)); // 24 credit left + 40 new: steps 3..10
      assertEquals(10, first.step());
    }
    // checkpoint 4's files vanish (a disk problem): the durable reader acknowledged more than the
    // newest checkpoint left consumed
    for (long step : new long[] {10, 8, 6, 4}) {
      Files.delete(run.resolve("checkpoints/" + CheckpointStore.modelId(step) + ".ckpt"));
    }
    try (Trainer second = Trainer.open(p)) {
      assertEquals(2, second.step());
      assertEquals(endRowAtTwo, second.window().endRow());
      assertEquals(digestAtTwo, second.window().digest());
      assertEquals(4, second.gamesConsumed());
      assertEquals(8, pumpUntilIdle(second)); // the 4 later games earn their credit again
      assertEquals(8, second.gamesConsumed());
      assertEquals(10, second.step());
    }
    assertEquals(10, metricLines().size());
  }

  @Test
  void aRunWithoutCheckpointsStartsFromTheInitialCheckpoint() throws Exception {
    Path initial = run.resolve("checkpoints/initial.ckpt");
    CheckpointFile.write(
        TrainableNetwork.create(TestRecords.TINY_5X5, TestRecords.training(0.05), 77).checkpoint(null, 0),
        initial);
    append(0, 4, 3);
    TrainerParams p = params().samplesPerPosition(0).maxSteps(2).checkpointEverySteps(2)
        .initialCheckpoint(initial).window(WindowSizing.fixed(10)).build();
    try (Trainer trainer = Trainer.open(p)) {
      trainer.run();
    }
    assertEquals("initial.ckpt",
        CheckpointFile.readMetadata(run.resolve("checkpoints/step-000000002.ckpt")).parent());
    try (Trainer resumed = Trainer.open(p)) { // its own checkpoint now wins over the initial one
      assertEquals(2, resumed.step());
    }
  }

  @Test
  void anUnreadableRecordStopsTheTrainerNamingItsIndex() {
    append(0, 2, 3);
    long bad = TestRecords.appendRaw(run.resolve("games"), TestRecords.garbage());
    append(2, 2, 3);
    TrainerParams p = params().samplesPerPosition(0).window(WindowSizing.fixed(5)).build();
    try (Trainer trainer = Trainer.open(p)) {
      UnusableRecordException e = assertThrows(UnusableRecordException.class, trainer::run);
      assertEquals(bad, e.queueIndex());
      assertTrue(e.getMessage().contains(Long.toHexString(bad) + "h"), e.getMessage());
      assertEquals(2, trainer.gamesConsumed());
      assertEquals(bad, assertThrows(UnusableRecordException.class, trainer::run).queueIndex());
      assertEquals(2, trainer.gamesConsumed()); // it stays on the record, nothing after it is read
    }
  }

  @Test
  void anUnknownRecordVersionStopsTheTrainerNamingItsIndexAndVersion() {
    append(0, 1, 3);
    long bad = TestRecords.appendRaw(run.resolve("games"),
        TestRecords.withVersion(TestRecords.scripted(9, 3), 7));
    TrainerParams p = params().samplesPerPosition(0).window(WindowSizing.fixed(5)).build();
    try (Trainer trainer = Trainer.open(p)) {
      UnusableRecordException e = assertThrows(UnusableRecordException.class, trainer::run);
      assertEquals(bad, e.queueIndex());
      assertTrue(e.getMessage().contains("unknown format version 7"), e.getMessage());
    }
  }

  @Test
  void whenConfiguredUnreadableRecordsAreSkippedCountedOnceAndSurviveARestart() {
    append(0, 2, 3);
    TestRecords.appendRaw(run.resolve("games"), TestRecords.garbage());
    append(2, 1, 3);
    TestRecords.appendRaw(run.resolve("games"), TestRecords.withVersion(TestRecords.scripted(9, 3), 7));
    append(3, 2, 3);
    TrainerParams p = params().samplesPerPosition(2.0).skipUnreadableRecords(true)
        .checkpointEverySteps(2).window(new WindowSizing(5, 1.0, 1.0, 5, 100)).build();
    long digest;
    try (Trainer trainer = Trainer.open(p)) {
      assertEquals(6, pumpUntilIdle(trainer)); // 25 positions, 50 credit: 6 batches of 8
      assertEquals(2, trainer.skippedRecords());
      assertEquals(5, trainer.gamesConsumed());
      digest = trainer.window().digest();
    }
    assertEquals(OptionalLong.of(lastGameIndex()), acknowledgedByTrainer()); // past both skipped
    try (Trainer resumed = Trainer.open(p)) {
      assertEquals(6, resumed.step());
      assertEquals(2, resumed.skippedRecords());
      assertEquals(digest, resumed.window().digest());
      append(5, 1, 3);
      assertEquals(1, pumpUntilIdle(resumed)); // 2 left + 10 credit
      assertEquals(2, resumed.skippedRecords());
      assertEquals(6, resumed.gamesConsumed());
    }
  }

  @Test
  void anUnreadableLastRecordIsSkippedAtOnceAcknowledgedAndNotCountedAgainAfterARestart() {
    append(0, 2, 3); // 10 positions
    long bad = TestRecords.appendRaw(run.resolve("games"), TestRecords.garbage());
    TrainerParams p = params().samplesPerPosition(2.0).skipUnreadableRecords(true)
        .checkpointEverySteps(1).window(new WindowSizing(5, 1.0, 1.0, 5, 100)).build();
    try (Trainer trainer = Trainer.open(p)) {
      assertEquals(2, pumpUntilIdle(trainer)); // 20 credit: 2 batches of 8, a checkpoint each
      assertEquals(1, trainer.skippedRecords()); // nothing follows it, yet it is skipped now
      assertEquals(2, trainer.gamesConsumed());
    }
    assertEquals(OptionalLong.of(bad), acknowledgedByTrainer());
    append(2, 1, 3);
    try (Trainer resumed = Trainer.open(p)) {
      assertEquals(2, resumed.step());
      assertEquals(1, resumed.skippedRecords());
      assertEquals(1, pumpUntilIdle(resumed)); // 4 left + 10 credit
      assertEquals(1, resumed.skippedRecords());
      assertEquals(3, resumed.gamesConsumed());
    }
    assertEquals(OptionalLong.of(lastGameIndex()), acknowledgedByTrainer());
  }

  private long lastGameIndex() {
    try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
      return queue.lastIndex();
    }
  }

  private OptionalLong acknowledgedByTrainer() {
    try (GamesQueue queue = GamesQueue.open(run.resolve("games"));
         QueueReader<GameRecord> reader = queue.durableReader("trainer")) {
      return reader.acknowledged();
    }
  }

  @Test
  void trainingOnRealSelfPlayGamesLowersTheLoss() throws Exception {
    TestRecords.selfPlay(run.resolve("games"), 16, 5);
    TrainerParams p = params().samplesPerPosition(0).batchSize(32).maxSteps(40)
        .checkpointEverySteps(40).training(TestRecords.training(0.05))
        .window(new WindowSizing(50, 1.0, 1.0, 50, 100_000)).build();
    try (Trainer trainer = Trainer.open(p)) {
      trainer.run();
      assertEquals(40, trainer.step());
      assertEquals(16, trainer.gamesConsumed());
    }
    assertEquals(40, metricLines().size());

    // The same fixed batch of the window's positions, under the initial and the trained weights.
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(100_000), 0);
    RowExtractor extractor = new RowExtractor(5, 0.0);
    try (GamesQueue queue = GamesQueue.open(run.resolve("games"))) {
      queue.forEach(-1, Long.MAX_VALUE, r -> window.add(extractor.extract(r.value(), r.index())));
    }
    TrainingBatch batch = new TrainingBatch(5, 128);
    new MinibatchSampler(5).fill(window, batch, 128, MinibatchSampler.randomFor(99, 0));
    TrainingLosses initial = TrainableNetwork.create(TestRecords.TINY_5X5, p.training(), p.seed())
        .evaluateLosses(batch);
    TrainingLosses trained = TrainableNetwork.resume(
        CheckpointFile.read(run.resolve("checkpoints/step-000000040.ckpt")), p.training())
        .evaluateLosses(batch);
    String losses = "initial " + initial + ", trained " + trained;
    assertTrue(trained.policy() < initial.policy(), losses);
    assertTrue(trained.value() < initial.value(), losses);
    assertTrue(trained.policy() + trained.value() < 0.9 * (initial.policy() + initial.value()), losses);
    try (ModelQueue models = ModelQueue.open(run.resolve("models"))) {
      assertEquals(1, models.readAll().size());
    }
  }
}
