package dev.tengen.selfplay.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.SampleRecords;
import dev.tengen.selfplay.testing.ChildJvm;
import dev.tengen.selfplay.testing.QueueContents;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL in the middle of a document leaves only whole records visible,
 * and a later appender (another process, as after a restart) appends after it.
 */
class KillMidWriteTest {

  @TempDir Path dir;

  @Test
  void halfWrittenRecordIsNeverReadAndTheQueueStaysAppendable() throws Exception {
    Path queueDir = dir.resolve("games");
    try (ChildJvm child = ChildJvm.start(HalfWriteMain.class, dir.resolve("child.err"),
        queueDir.toString(), "3")) {
      child.awaitLine("HALF", 60);
      child.kill();
    }
    try (GamesQueue queue = GamesQueue.open(queueDir)) {
      assertEquals(List.of(sample(0), sample(1), sample(2)), QueueContents.games(queue));
      queue.append(sample(10)); // waits for the dead writer's lock to be broken
      queue.append(sample(11));
      assertEquals(List.of(sample(0), sample(1), sample(2), sample(10), sample(11)),
          QueueContents.games(queue));
    }
    try (GamesQueue reopened = GamesQueue.openReadOnly(queueDir)) {
      List<GameRecord> all = QueueContents.games(reopened);
      assertEquals(5, all.size());
      assertTrue(all.contains(sample(11)));
    }
  }

  private static GameRecord sample(int i) {
    return SampleRecords.random(i, 9, 50, 20);
  }
}
