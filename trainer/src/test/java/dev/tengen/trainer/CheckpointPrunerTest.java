package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.network.Checkpoint;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.CheckpointMetadata;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention policy over real checkpoint files (tiny 5x5 nets written by {@link
 * CheckpointStore}) and a real Chronicle model queue in a temporary run directory.
 */
class CheckpointPrunerTest {
  private static final Instant T = Instant.ofEpochMilli(1_780_000_000_000L);
  private static Checkpoint base;

  @TempDir Path run;
  private CheckpointStore store;
  private ModelQueue models;

  @BeforeAll
  static void tinyNet() {
    base = TrainableNetwork.create(TestRecords.TINY_5X5, TestRecords.training(0.05), 5)
        .checkpoint(null, 0);
  }

  @BeforeEach
  void open() {
    store = new CheckpointStore(run.resolve("checkpoints"));
    models = ModelQueue.open(run.resolve("models"));
  }

  @AfterEach
  void close() {
    models.close();
  }

  private static Checkpoint at(long step) {
    return new Checkpoint(CheckpointMetadata.of(TestRecords.TINY_5X5, step, null, 8 * step, 0, 0),
        base.parameters(), base.optimizerState());
  }

  private static TrainingState stateAt(long step) {
    return new TrainingState(step, 8 * step, step, 5 * step, step, 0, 0, 0x1234L * step, 0, 0, 0, 9);
  }

  /** Writes checkpoints of {@code steps} as the trainer does and announces them. */
  private void saveAndAnnounce(long... steps) {
    for (long step : steps) {
      save(step);
      String id = CheckpointStore.modelId(step);
      models.append(new ModelEvent.Candidate(T, id, "checkpoints/" + id + ".ckpt", step, ""));
    }
  }

  private void save(long step) {
    store.save(at(step), stateAt(step));
  }

  private void writeInitial() {
    try {
      CheckpointFile.write(at(0), run.resolve("checkpoints/initial.ckpt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    models.ensureInitialBest("initial", "checkpoints/initial.ckpt", java.time.Clock.systemUTC());
  }

  private void reject(long... steps) {
    for (long step : steps) {
      models.append(new ModelEvent.Rejected(T, CheckpointStore.modelId(step), 0.45, "SPRT accepted H0"));
    }
  }

  private void promote(long step) {
    String id = CheckpointStore.modelId(step);
    models.append(new ModelEvent.Promoted(T, id, "checkpoints/" + id + ".ckpt", "initial", 0.6,
        "SPRT accepted H1"));
  }

  private List<ModelEvent> events() {
    return models.readAll().stream().map(Indexed::value).toList();
  }

  private Set<String> files() throws IOException {
    try (Stream<Path> files = Files.list(run.resolve("checkpoints"))) {
      return files.map(f -> f.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  /** initial.ckpt and both files of each step. */
  private static Set<String> expected(long... steps) {
    Set<String> names = new TreeSet<>();
    names.add("initial.ckpt");
    for (long step : steps) {
      names.add(CheckpointStore.modelId(step) + ".ckpt");
      names.add(CheckpointStore.modelId(step) + ".trainer");
    }
    return names;
  }

  private long sizes(long... steps) throws IOException {
    long total = 0;
    for (long step : steps) {
      total += Files.size(store.checkpointFile(step)) + Files.size(store.stateFile(step));
    }
    return total;
  }

  @Test
  void deletesExactlyTheRejectedCheckpointsOutsideTheNewestAndIsIdempotent() throws Exception {
    writeInitial();
    saveAndAnnounce(1, 2, 3, 4, 5, 6, 7, 8);
    reject(1);
    promote(2);
    reject(3, 4, 6, 7); // 5 and 8 undecided
    CheckpointPruner pruner = new CheckpointPruner(store, run, 3);
    long freed = sizes(1, 3, 4);

    CheckpointPruner.Pass pass = pruner.prune(events(), 8);

    assertEquals(expected(2, 5, 6, 7, 8), files());
    assertEquals(List.of(1L, 3L, 4L), pass.deletedSteps());
    assertEquals(6, pass.files());
    assertEquals(freed, pass.bytes());
    assertEquals(List.of(3, 1, 1, 0, 0), List.of(pass.keptNewest(), pass.keptPromoted(),
        pass.keptUndecided(), pass.keptNotAnnounced(), pass.failures()));
    assertEquals(String.format(java.util.Locale.ROOT, "checkpoint retention: deleted 6 files (%.1f MB) "
        + "of 3 rejected checkpoints step-000000001..step-000000004; kept 3 newest, 1 promoted, "
        + "1 undecided, 0 not announced", freed / 1e6), pass.describe());

    CheckpointPruner.Pass again = pruner.prune(events(), 8);
    assertEquals(List.of(), again.deletedSteps());
    assertEquals(0, again.files());
    assertEquals(expected(2, 5, 6, 7, 8), files());

    // the window of the newest slides on; 5 is rejected at last, 8 promoted
    saveAndAnnounce(9);
    reject(5);
    promote(8);
    CheckpointPruner.Pass next = pruner.prune(events(), 9);
    assertEquals(List.of(5L, 6L), next.deletedSteps());
    assertEquals(expected(2, 7, 8, 9), files());
    assertEquals(9, store.latest(TestRecords.TINY_5X5).orElseThrow().state().step());
  }

  @Test
  void aPendingCandidateIsKeptUntilItIsDecided() throws Exception {
    saveAndAnnounce(1, 2, 3);
    CheckpointPruner pruner = new CheckpointPruner(store, run, 2);
    CheckpointPruner.Pass pending = pruner.prune(events(), 3);
    assertEquals(List.of(), pending.deletedSteps());
    assertEquals(1, pending.keptUndecided());
    reject(1);
    assertEquals(List.of(1L), pruner.prune(events(), 3).deletedSteps());
    assertEquals(Set.of("step-000000002.ckpt", "step-000000002.trainer", "step-000000003.ckpt",
        "step-000000003.trainer"), files());
  }

  @Test
  void checkpointsNeverAnnouncedAndOrphanTrainerStatesAreKept() throws Exception {
    saveAndAnnounce(1, 2);
    save(3); // written, then a crash before its announcement
    saveAndAnnounce(4, 5, 6);
    // a crash while saving 7: its trainer state is written first, its checkpoint never was
    Files.writeString(store.stateFile(7), "trainer.step=7\n");
    reject(1, 2, 4, 5, 6);
    CheckpointPruner.Pass pass = new CheckpointPruner(store, run, 2).prune(events(), 6);
    assertEquals(List.of(1L, 2L, 4L), pass.deletedSteps());
    assertEquals(2, pass.keptNotAnnounced());
    Set<String> left = expected(3, 5, 6);
    left.remove("initial.ckpt");
    left.add("step-000000007.trainer");
    assertEquals(left, files());
  }

  @Test
  void aPassKilledBetweenTwoDeletesIsFinishedByTheNext() throws Exception {
    writeInitial();
    saveAndAnnounce(1, 2, 3, 4, 5, 6);
    reject(1, 2, 3, 4, 5, 6);
    // what a pass killed after three unlinks leaves: step 1 gone, step 2's checkpoint gone
    long left = Files.size(store.stateFile(2)) + sizes(3, 4);
    Files.delete(store.checkpointFile(1));
    Files.delete(store.stateFile(1));
    Files.delete(store.checkpointFile(2));
    // meanwhile the trainer would still resume from the newest complete checkpoint
    assertEquals(6, store.latest(TestRecords.TINY_5X5).orElseThrow().state().step());

    CheckpointPruner.Pass pass = new CheckpointPruner(store, run, 2).prune(events(), 6);

    assertEquals(List.of(2L, 3L, 4L), pass.deletedSteps());
    assertEquals(5, pass.files());
    assertEquals(left, pass.bytes());
    assertEquals(expected(5, 6), files());
    // a step whose files another pass removed in the meantime is no failure either
    assertEquals(new CheckpointStore.Deleted(0, 0), store.delete(3));
  }

  @Test
  void afterAFallbackTheNewestAreCountedFromTheStepJustWritten() throws Exception {
    // the trainer fell back to 2 (3, 4 and 5 unreadable) and has just rewritten 3
    saveAndAnnounce(1, 2, 3, 4, 5);
    reject(1, 2, 3, 4); // 5 undecided
    CheckpointPruner.Pass pass = new CheckpointPruner(store, run, 2).prune(events(), 3);
    assertEquals(List.of(1L, 4L), pass.deletedSteps());
    Set<String> left = expected(2, 3, 5);
    left.remove("initial.ckpt");
    assertEquals(left, files());
  }

  @Test
  void anEmptyOrMissingDirectoryIsNoError() {
    CheckpointPruner.Pass pass = new CheckpointPruner(store, run, 2).prune(events(), 0);
    assertEquals(0, pass.files());
    assertEquals(List.of(), pass.deletedSteps());
  }

  @Test
  void keepingFewerThanTwoIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CheckpointPruner(store, run, 1));
    assertEquals("keepLatest must be >= 2, got 1", e.getMessage());
  }
}
