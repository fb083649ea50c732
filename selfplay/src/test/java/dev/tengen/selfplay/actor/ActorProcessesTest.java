package dev.tengen.selfplay.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;
import dev.tengen.selfplay.testing.ChildJvm;
import dev.tengen.selfplay.testing.QueueContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real actor processes on one run directory: concurrent appends, and SIGKILL mid-run. */
class ActorProcessesTest {

  @TempDir Path dir;

  private static Set<String> printedIds(ChildJvm child) {
    return child.output().stream().filter(l -> l.startsWith("GAME "))
        .map(l -> l.split(" ")[1]).collect(Collectors.toSet());
  }

  private static Set<String> queueIds(List<GameRecord> games) {
    return games.stream().map(g -> Long.toHexString(g.gameId())).collect(Collectors.toSet());
  }

  @Test
  void twoActorProcessesAppendToOneQueueAndEveryGameIsReadBackOnceIntact() throws Exception {
    RunLayout run = new RunLayout(dir.resolve("run"));
    try (ChildJvm first = ChildJvm.start(ActorMain.class, dir.resolve("a.err"), run.root().toString(), "1", "10");
         ChildJvm second = ChildJvm.start(ActorMain.class, dir.resolve("b.err"), run.root().toString(), "2", "10")) {
      first.awaitSuccess(240);
      second.awaitSuccess(240);
      try (GamesQueue queue = GamesQueue.openReadOnly(run.games())) {
        List<GameRecord> games = QueueContents.games(queue);
        assertEquals(20, games.size());
        Set<String> ids = queueIds(games);
        assertEquals(20, ids.size(), "duplicate game ids");
        Set<String> printed = new HashSet<>(printedIds(first));
        printed.addAll(printedIds(second));
        assertEquals(printed, ids);
        for (GameRecord g : games) {
          RecordReplay.replay(g);
        }
      }
      List<String> metrics = Files.readAllLines(run.selfPlayMetrics());
      assertTrue(metrics.stream().anyMatch(l -> l.contains("\"actor\":\"actor-1\"") && l.contains("\"games\":10,")));
      assertTrue(metrics.stream().anyMatch(l -> l.contains("\"actor\":\"actor-2\"") && l.contains("\"games\":10,")));
      assertTrue(metrics.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")));
    }
  }

  @Test
  void anActorKilledMidRunLeavesOnlyWholeRecordsAndARestartAppendsMore() throws Exception {
    RunLayout run = new RunLayout(dir.resolve("run"));
    Set<String> beforeKill;
    try (ChildJvm actor = ChildJvm.start(ActorMain.class, dir.resolve("a.err"), run.root().toString(), "7", "0")) {
      for (int i = 0; i < 4; i++) {
        actor.awaitLine("GAME ", 120);
      }
      actor.kill();
      beforeKill = printedIds(actor);
    }
    int afterKill;
    try (GamesQueue queue = GamesQueue.openReadOnly(run.games())) {
      List<GameRecord> games = QueueContents.games(queue);
      games.forEach(RecordReplay::replay);
      assertTrue(queueIds(games).containsAll(beforeKill));
      afterKill = games.size();
      assertTrue(afterKill >= 4);
    }
    try (ChildJvm restarted = ChildJvm.start(ActorMain.class, dir.resolve("b.err"), run.root().toString(), "8", "3")) {
      restarted.awaitSuccess(240);
    }
    try (GamesQueue queue = GamesQueue.openReadOnly(run.games())) {
      List<GameRecord> games = QueueContents.games(queue);
      assertEquals(afterKill + 3, games.size());
      assertEquals(games.size(), queueIds(games).size());
      games.forEach(RecordReplay::replay);
    }
  }
}
