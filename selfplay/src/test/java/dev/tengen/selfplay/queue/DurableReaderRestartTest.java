package dev.tengen.selfplay.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.SampleRecords;
import dev.tengen.selfplay.testing.ChildJvm;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A durable reader's acknowledged position survives its process being killed with SIGKILL. */
class DurableReaderRestartTest {

  @TempDir Path dir;

  @Test
  void aKilledTrainerResumesRightAfterItsLastAcknowledgement() throws Exception {
    Path queueDir = dir.resolve("games");
    try (GamesQueue queue = GamesQueue.open(queueDir)) {
      for (int i = 0; i < 5; i++) {
        queue.append(SampleRecords.random(i, 9, 30, 10));
      }
    }
    long acked;
    try (ChildJvm trainer = ChildJvm.start(AckThenDieMain.class, dir.resolve("t.err"), queueDir.toString())) {
      acked = Long.parseLong(trainer.awaitLine("ACKED ", 60).substring(6));
      trainer.kill();
    }
    try (GamesQueue queue = GamesQueue.open(queueDir);
         QueueReader<GameRecord> trainer = queue.durableReader("trainer")) {
      assertEquals(OptionalLong.of(acked), trainer.acknowledged());
      // the third record was read but not acknowledged: it comes again
      assertEquals(SampleRecords.random(2, 9, 30, 10), trainer.poll().orElseThrow().value());
      assertEquals(SampleRecords.random(3, 9, 30, 10), trainer.poll().orElseThrow().value());
    }
  }
}
