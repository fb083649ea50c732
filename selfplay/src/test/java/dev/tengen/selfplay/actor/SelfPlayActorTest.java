package dev.tengen.selfplay.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameIds;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;
import dev.tengen.selfplay.testing.QueueContents;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfPlayActorTest {

  @TempDir Path dir;

  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_780_000_000_000L), ZoneOffset.UTC);

  static ActorConfig smallConfig(int size, long games, long seed) {
    SearchParams search = SearchParams.selfPlay().toBuilder()
        .fullVisits(16).fastVisits(8).temperatureMoves(6).build();
    return ActorConfig.defaults(size).withSearch(search).withGames(1, 4).withMaxGames(games)
        .withSeed(seed).withMetricsInterval(Duration.ofSeconds(5));
  }

  private static GameIds fixedIds(long nonce) {
    AtomicLong n = new AtomicLong(nonce);
    return new GameIds(n::getAndIncrement);
  }

  private List<GameRecord> play(ActorConfig config, ModelSource models, Path queueDir) throws Exception {
    try (GamesQueue queue = GamesQueue.open(queueDir)) {
      SelfPlayActor actor = new SelfPlayActor(config, models, queue, fixedIds(42), CLOCK, (i, r) -> { });
      actor.run();
      return QueueContents.games(queue);
    }
  }

  @Test
  void playsTheRequestedGamesAsReplayableRecordsWithNormalisedTargets() throws Exception {
    LoadedModel uniform = new LoadedModel("uniform", new UniformPolicyValue(), 0);
    List<GameRecord> games = play(smallConfig(7, 6, 1), ModelSource.fixed(uniform), dir.resolve("g"));
    assertEquals(6, games.size());
    Set<Long> ids = new HashSet<>();
    for (GameRecord g : games) {
      assertTrue(ids.add(g.gameId()));
      RecordReplay.replay(g); // throws if any move is illegal or the result differs
      assertEquals(List.of("uniform"), g.models());
      assertEquals(7, g.boardSize());
      for (int i = 0; i < g.moveCount(); i++) {
        double sum = 0;
        for (int j = 0; j < g.policySize(i); j++) {
          sum += g.policyProbability(i, j);
        }
        assertEquals(1.0, sum, 1e-4, "policy target of move " + i);
        assertTrue(g.chosenVisits(i) <= g.rootVisits(i));
        assertTrue(g.rootVisits(i) >= (g.fullSearch(i) ? 16 : 8));
      }
    }
  }

  @Test
  void severalThreadsShareTheGameBudgetAndTheEvaluator() throws Exception {
    LoadedModel uniform = new LoadedModel("uniform", new UniformPolicyValue(), 0);
    ActorConfig config = smallConfig(5, 7, 21).withGames(3, 2);
    List<GameRecord> games = play(config, ModelSource.fixed(uniform), dir.resolve("g"));
    assertEquals(7, games.size());
    assertEquals(7, games.stream().map(GameRecord::gameId).distinct().count());
    games.forEach(RecordReplay::replay);
  }

  @Test
  void sameSeedSameEvaluatorSameGames() throws Exception {
    LoadedModel uniform = new LoadedModel("uniform", new UniformPolicyValue(), 0);
    List<GameRecord> first = play(smallConfig(5, 4, 9), ModelSource.fixed(uniform), dir.resolve("a"));
    List<GameRecord> second = play(smallConfig(5, 4, 9), ModelSource.fixed(uniform), dir.resolve("b"));
    assertEquals(first, second);
    List<GameRecord> other = play(smallConfig(5, 4, 10), ModelSource.fixed(uniform), dir.resolve("c"));
    assertFalse(first.equals(other));
  }

  @Test
  void aLostSideResignsUnlessResignationIsDisabledThenTheCheckIsRecorded() throws Exception {
    // White always evaluates its position at -0.95 < threshold -0.9: it resigns at its third
    // move (ply 5) whenever resignation is enabled.
    LoadedModel hopelessWhite = new LoadedModel("scripted", new ColourValuePolicyValue(0.95f, -0.95f), 4);
    SearchParams search = smallConfig(7, 0, 0).search().toBuilder().resignDisabledShare(0.5).build();
    ActorConfig config = smallConfig(7, 12, 3).withSearch(search).withMoveCap(40);
    List<GameRecord> games = play(config, ModelSource.fixed(hopelessWhite), dir.resolve("g"));
    assertEquals(12, games.size());
    int resigned = 0;
    int checked = 0;
    for (GameRecord g : games) {
      RecordReplay.replay(g);
      assertEquals(4, g.featureVersion());
      if (g.resignationDisabled()) {
        checked++;
        assertEquals(5, g.wouldResignPly());
        assertEquals(Color.WHITE, g.wouldResignColor());
        assertEquals(g.result().winner() == Color.WHITE, g.falseResignation());
        assertTrue(g.moveCount() > 5);
      } else {
        resigned++;
        assertEquals(EndReason.RESIGNATION, g.result().reason());
        assertEquals(Color.BLACK, g.result().winner());
        assertEquals(5, g.moveCount());
        assertEquals(-1, g.wouldResignPly());
      }
    }
    assertTrue(resigned > 0 && checked > 0, resigned + " resigned, " + checked + " checked");
  }

  @Test
  void aNewModelTakesOverAtAMoveBoundaryAndRecordsNameEveryMove() throws Exception {
    LoadedModel a = new LoadedModel("model-a", new UniformPolicyValue(), 1);
    LoadedModel b = new LoadedModel("model-b", new UniformPolicyValue(), 2);
    AtomicInteger calls = new AtomicInteger();
    ModelSource switching = () -> calls.incrementAndGet() < 200 ? a : b;
    List<GameRecord> games = play(smallConfig(7, 8, 5), switching, dir.resolve("g"));
    int mixed = 0;
    for (GameRecord g : games) {
      RecordReplay.replay(g);
      boolean seenB = false;
      for (int i = 0; i < g.moveCount(); i++) {
        boolean isB = g.modelAt(i).equals("model-b");
        assertFalse(seenB && !isB, "model-a after model-b at move " + i);
        seenB |= isB;
      }
      if (g.models().equals(List.of("model-a", "model-b"))) {
        mixed++;
        assertEquals(1, g.featureVersion()); // the version of the model the game started with
      }
    }
    assertTrue(mixed > 0, "no game switched models mid-game");
    assertEquals(List.of("model-b"), games.get(games.size() - 1).models());
  }

  @Test
  void metricsCountWhatWasAppended() throws Exception {
    LoadedModel scripted = new LoadedModel("s", new ColourValuePolicyValue(0.95f, -0.95f), 0);
    SearchParams search = smallConfig(7, 0, 0).search().toBuilder().resignDisabledShare(0.5).build();
    ActorConfig config = smallConfig(7, 8, 11).withSearch(search).withMoveCap(30);
    try (GamesQueue queue = GamesQueue.open(dir.resolve("g"))) {
      SelfPlayActor actor = new SelfPlayActor(config, ModelSource.fixed(scripted), queue, fixedIds(1),
          CLOCK, (i, r) -> { });
      actor.run();
      List<GameRecord> games = QueueContents.games(queue);
      MetricsSnapshot m = actor.metrics().snapshot("test", "s", 0);
      assertEquals(games.size(), m.games());
      assertEquals(games.stream().mapToLong(GameRecord::moveCount).sum(), m.moves());
      assertEquals(games.stream().filter(g -> g.result().reason() == EndReason.RESIGNATION).count(),
          m.resignations());
      assertEquals(games.stream().filter(GameRecord::resignationDisabled).count(), m.resignDisabledGames());
      assertEquals(games.stream().filter(GameRecord::falseResignation).count(), m.falseResignations());
      assertTrue(m.evaluations() > 0);
      assertEquals(m.moves(), m.movesPlayed()); // every game finished
      assertTrue(m.toJson().startsWith("{\"time\":\"1970-01-01T00:00:00Z\",\"actor\":\"test\""), m.toJson());
    }
  }

  @Test
  void stopEndsAnOpenEndedRun() throws Exception {
    LoadedModel uniform = new LoadedModel("uniform", new UniformPolicyValue(), 0);
    try (GamesQueue queue = GamesQueue.open(dir.resolve("g"))) {
      SelfPlayActor[] holder = new SelfPlayActor[1];
      AtomicInteger appended = new AtomicInteger();
      holder[0] = new SelfPlayActor(smallConfig(5, 0, 2), ModelSource.fixed(uniform), queue,
          fixedIds(3), CLOCK, (i, r) -> {
            if (appended.incrementAndGet() == 2) {
              holder[0].stop();
            }
          });
      holder[0].run();
      assertEquals(appended.get(), QueueContents.games(queue).size());
      assertTrue(appended.get() >= 2);
    }
  }
}
