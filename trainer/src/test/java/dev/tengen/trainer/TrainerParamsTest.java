package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainingParams;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrainerParamsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    TrainerParams p = TrainerParams.builder(Path.of("runs/x")).build();
    assertEquals(NetworkConfig.defaults(9), p.network());
    assertEquals(TrainingParams.DEFAULT, p.training());
    assertEquals(256, p.batchSize());
    assertEquals(WindowSizing.DEFAULT, p.window());
    assertEquals(4.0, p.samplesPerPosition());
    assertEquals(50_000, p.bucketCapacity());
    assertEquals(0.0, p.rootValueWeight());
    assertEquals(500, p.checkpointEverySteps());
    assertEquals(true, p.pruneRejectedCheckpoints());
    assertEquals(3, p.keepLatestCheckpoints());
    assertEquals("trainer", p.readerName());
    assertEquals(false, p.skipUnreadableRecords());
    assertEquals(Duration.ofMillis(200), p.pollInterval());
    assertEquals(Path.of("runs/x/checkpoints"), p.checkpointDir());
    assertEquals(Path.of("runs/x/metrics/train.jsonl"), p.metricsFile());
    assertEquals(p, p.toBuilder().build());
  }

  @Test
  void rejectsBadValuesNamingThem() {
    TrainerParams.Builder b = TrainerParams.builder(Path.of("r"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.batchSize(0).build())
        .getMessage().contains("batchSize"));
    b.batchSize(256);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.bucketCapacity(100).build())
        .getMessage().contains("bucketCapacity (100)"));
    b.bucketCapacity(50_000);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.rootValueWeight(1.5).build())
        .getMessage().contains("rootValueWeight"));
    b.rootValueWeight(0);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.samplesPerPosition(-1).build())
        .getMessage().contains("samplesPerPosition"));
    b.samplesPerPosition(4);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.checkpointEverySteps(0).build())
        .getMessage().contains("checkpointEverySteps"));
    b.checkpointEverySteps(500);
    assertEquals("keepLatestCheckpoints must be >= 2 (a fallback if the newest checkpoint is "
        + "unreadable), got 1", assertThrows(IllegalArgumentException.class,
            () -> b.keepLatestCheckpoints(1).build()).getMessage());
    b.keepLatestCheckpoints(2);
    assertEquals(2, b.pruneRejectedCheckpoints(false).build().keepLatestCheckpoints());
  }
}
