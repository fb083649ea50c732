package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateAnnouncerTest {

  @Test
  void announcesEachCheckpointOnceWithTheBestModelAsParent(@TempDir Path dir) {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(1_780_000_000_000L), ZoneOffset.UTC);
    try (ModelQueue models = ModelQueue.open(dir)) {
      CandidateAnnouncer announcer = new CandidateAnnouncer(models, clock);
      assertTrue(announcer.announce("step-000000010", "checkpoints/step-000000010.ckpt", 10));
      models.ensureInitialBest("initial", "checkpoints/initial.ckpt", clock);
      assertFalse(announcer.announce("step-000000010", "checkpoints/step-000000010.ckpt", 10));
      assertTrue(announcer.announce("step-000000020", "checkpoints/step-000000020.ckpt", 20));
      List<ModelEvent> events = models.readAll().stream().map(e -> e.value()).toList();
      assertEquals(List.of(
          new ModelEvent.Candidate(clock.instant(), "step-000000010", "checkpoints/step-000000010.ckpt", 10, ""),
          new ModelEvent.Promoted(clock.instant(), "initial", "checkpoints/initial.ckpt", "", Double.NaN,
              "initial model"),
          new ModelEvent.Candidate(clock.instant(), "step-000000020", "checkpoints/step-000000020.ckpt", 20,
              "initial")), events);
    }
  }
}
