package dev.tengen.selfplay.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameIds;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.testing.QueueContents;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFollowerTest {

  @TempDir Path dir;

  private final Map<String, AtomicInteger> closes = new ConcurrentHashMap<>();

  /** Loads "uniform" models whose close is counted; checkpoint "broken" fails to load. */
  private LoadedModel load(ModelEvent.Promoted p) throws IOException {
    if (p.checkpointPath().equals("broken")) {
      throw new IOException("checkpoint " + p.checkpointPath() + " is corrupt");
    }
    AtomicInteger counter = closes.computeIfAbsent(p.modelId(), k -> new AtomicInteger());
    return new LoadedModel(p.modelId(), new UniformPolicyValue(), 0, counter::incrementAndGet);
  }

  private static ModelEvent.Promoted promoted(String id, String path) {
    return new ModelEvent.Promoted(Instant.EPOCH, id, path, "", 0.6, "test");
  }

  private static void awaitModel(ModelFollower follower, String id) throws InterruptedException {
    for (int i = 0; i < 1000 && (follower.current() == null || !follower.current().modelId().equals(id)); i++) {
      Thread.sleep(10);
    }
    assertEquals(id, follower.current().modelId());
  }

  @Test
  void followsPromotionsKeepsTheOldModelWhenALoadFailsAndClosesReplacedModels() throws Exception {
    try (ModelQueue queue = ModelQueue.open(dir)) {
      ModelFollower follower = new ModelFollower(queue, this::load, Duration.ofMillis(5));
      assertThrows(IllegalStateException.class, () -> follower.awaitFirst(Duration.ofMillis(50)));
      queue.ensureInitialBest("m0", "c0", Clock.systemUTC());
      LoadedModel m0 = follower.awaitFirst(Duration.ofSeconds(10));
      assertEquals("m0", m0.modelId());
      queue.append(new ModelEvent.Candidate(Instant.EPOCH, "m1", "c1", 10, "m0"));
      queue.append(promoted("m1", "broken"));
      queue.append(new ModelEvent.Rejected(Instant.EPOCH, "m2", 0.4, "lost"));
      Thread.sleep(200);
      assertSame(m0, follower.current()); // m1 failed to load: m0 stays
      assertFalse(m0.isClosed());
      queue.append(promoted("m3", "c3"));
      awaitModel(follower, "m3");
      assertTrue(m0.isClosed());
      assertEquals(1, closes.get("m0").get());
      follower.close();
      assertEquals(1, closes.get("m3").get());
    }
  }

  @Test
  void anActorReleasesAReplacedModelOnceItsLastGameHasMovedOn() throws Exception {
    LoadedModel a = new LoadedModel("a", new UniformPolicyValue(), 0,
        () -> closes.computeIfAbsent("a", k -> new AtomicInteger()).incrementAndGet());
    LoadedModel b = new LoadedModel("b", new UniformPolicyValue(), 0);
    AtomicInteger calls = new AtomicInteger();
    ModelSource source = () -> {
      if (calls.incrementAndGet() == 100) {
        a.release(); // what the follower does when b replaces a
      }
      return calls.get() < 100 ? a : b;
    };
    try (GamesQueue queue = GamesQueue.open(dir.resolve("g"))) {
      new SelfPlayActor(SelfPlayActorTest.smallConfig(7, 6, 4), source, queue,
          new GameIds(() -> 1), Clock.systemUTC(), (i, r) -> { }).run();
      List<GameRecord> games = QueueContents.games(queue);
      assertTrue(games.stream().anyMatch(g -> g.models().equals(List.of("a", "b"))));
    }
    assertTrue(a.isClosed());
    assertEquals(1, closes.get("a").get());
    assertFalse(b.isClosed());
  }
}
