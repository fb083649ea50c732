package dev.tengen.selfplay.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.record.UnknownRecordVersionException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelQueueTest {

  @TempDir Path dir;

  private static final Instant T0 = Instant.ofEpochMilli(1_780_000_000_123L);
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void everyEventKindRoundTripsInOrder() {
    List<ModelEvent> events = List.of(
        new ModelEvent.Promoted(T0, "m0", "checkpoints/m0.zip", "", Double.NaN, "initial model"),
        new ModelEvent.Candidate(T0.plusMillis(1), "m1", "checkpoints/m1.zip", 1000, "m0"),
        new ModelEvent.Rejected(T0.plusMillis(2), "m1", 0.43, "SPRT accepted H0 after 120 games"),
        new ModelEvent.Candidate(T0.plusMillis(3), "m2-é", "checkpoints/m2.zip", 2000, "m0"),
        new ModelEvent.Promoted(T0.plusMillis(4), "m2-é", "checkpoints/m2.zip", "m0", 0.61,
            "SPRT accepted H1 after 212 games"));
    try (ModelQueue queue = ModelQueue.open(dir)) {
      events.forEach(queue::append);
    }
    try (ModelQueue queue = ModelQueue.openReadOnly(dir)) {
      assertEquals(events, queue.readAll().stream().map(Indexed::value).toList());
      ModelEvent.Promoted best = queue.latestPromoted().orElseThrow();
      assertEquals("m2-é", best.modelId());
      assertEquals("m0", best.previousBestId());
    }
  }

  @Test
  void ensureInitialBestWritesExactlyOnceEvenWhenCalledConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ModelEvent.Promoted>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String id = "init" + t;
        results.add(pool.submit(() -> {
          try (ModelQueue queue = ModelQueue.open(dir)) {
            return queue.ensureInitialBest(id, "checkpoints/" + id, CLOCK);
          }
        }));
      }
      ModelEvent.Promoted first = results.get(0).get();
      for (Future<ModelEvent.Promoted> f : results) {
        assertEquals(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
    try (ModelQueue queue = ModelQueue.open(dir)) {
      assertEquals(1, queue.readAll().size());
      ModelEvent.Promoted again = queue.ensureInitialBest("other", "x", CLOCK);
      assertEquals(queue.latestPromoted().orElseThrow(), again);
      assertEquals(1, queue.readAll().size());
      assertEquals("initial model", again.reason());
      assertTrue(Double.isNaN(again.score()));
    }
  }

  @Test
  void aFollowerSeesEventsAppendedLater() {
    try (ModelQueue queue = ModelQueue.open(dir);
         QueueReader<ModelEvent> follower = queue.follow()) {
      assertEquals(Optional.empty(), follower.poll());
      queue.ensureInitialBest("m0", "c0", CLOCK);
      assertEquals("m0", follower.poll().orElseThrow().value().modelId());
      queue.append(new ModelEvent.Promoted(T0, "m1", "c1", "m0", 0.6, "gated"));
      ModelEvent next = follower.poll().orElseThrow().value();
      assertTrue(next instanceof ModelEvent.Promoted p && p.checkpointPath().equals("c1"));
      assertEquals(Optional.empty(), follower.poll());
    }
  }

  @Test
  void evaluatorDurableReaderResumesAfterAcknowledgedCandidate() {
    try (ModelQueue queue = ModelQueue.open(dir)) {
      queue.append(new ModelEvent.Candidate(T0, "m1", "c1", 10, "m0"));
      queue.append(new ModelEvent.Candidate(T0, "m2", "c2", 20, "m0"));
      try (QueueReader<ModelEvent> evaluator = queue.durableReader("evaluator")) {
        evaluator.acknowledge(evaluator.poll().orElseThrow().index());
      }
    }
    try (ModelQueue queue = ModelQueue.open(dir);
         QueueReader<ModelEvent> evaluator = queue.durableReader("evaluator")) {
      assertEquals("m2", evaluator.poll().orElseThrow().value().modelId());
    }
  }

  @Test
  void unknownEventVersionAndBadFieldsAreRejected() {
    long badIndex;
    try (QueueLog<byte[]> raw = new QueueLog<>(dir, new GamesQueueTest.RawCodec(), false)) {
      badIndex = raw.append(new byte[] {0x54, 0x4D, 9, 0, 1});
    }
    try (ModelQueue queue = ModelQueue.open(dir)) {
      UnknownRecordVersionException e =
          assertThrows(UnknownRecordVersionException.class, queue::readAll);
      assertEquals(9, e.version());
      assertEquals(badIndex, e.index());
      assertTrue(e.getMessage().startsWith("model event at queue index 0x"
          + Long.toHexString(badIndex) + " (" + badIndex + "): unknown format version 9"),
          e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> new ModelEvent.Candidate(T0, "", "c", 1, ""));
    assertThrows(IllegalArgumentException.class,
        () -> new ModelEvent.Candidate(T0, "m", "c", -1, ""));
  }
}
