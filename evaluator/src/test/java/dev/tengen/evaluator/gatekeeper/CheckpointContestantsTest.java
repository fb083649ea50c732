package dev.tengen.evaluator.gatekeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.SearchContestant;
import dev.tengen.games.Rules;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingParams;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production path: real (tiny, untrained) checkpoints, the ND4J network, search, gating. */
class CheckpointContestantsTest {

  @TempDir Path run;

  @Test
  void gatingGamesBetweenTwoCheckpointsArePlayedAndDecided() throws Exception {
    NetworkConfig config = NetworkConfig.of(5, 1, 8);
    for (String id : List.of("m0", "m1")) {
      TrainableNetwork net =
          TrainableNetwork.create(config, TrainingParams.DEFAULT, id.equals("m0") ? 1 : 2);
      CheckpointFile.write(net.checkpoint(null, 0), run.resolve("checkpoints").resolve(id));
    }
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    try (ModelQueue queue = ModelQueue.open(run.resolve("models"))) {
      queue.ensureInitialBest("m0", "checkpoints/m0", clock);
      queue.append(new ModelEvent.Candidate(clock.instant(), "m1", "checkpoints/m1", 10, "m0"));
      ModelContestants models = new CheckpointContestants(run, config,
          SearchContestant.matchParams(8), InferenceService.Options.DEFAULT, 0, false, 5);
      GatekeeperConfig gating = new GatekeeperConfig(GatingRule.parse("fixed:games=2,threshold=0.5"),
          new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75), 2, Duration.ofMillis(10));
      ResultJournal journal = ResultJournal.open(run.resolve("evaluator/ladder-games.tsv"));
      List<ModelEvent> decided =
          new Gatekeeper(queue, models, gating, journal, null, MatchListener.NONE, clock)
              .judgePending();
      assertEquals(1, decided.size());
      assertEquals("m1", decided.get(0).modelId());
      List<RecordedGame> games = journal.gamesOf(Gatekeeper.matchId("m1", "m0"));
      assertEquals(2, games.size());
      for (RecordedGame g : games) {
        assertEquals(Set.of("m0", "m1"), Set.of(g.black(), g.white()));
        assertTrue(g.reason().equals("two_passes") || g.reason().equals("move_cap"), g.reason());
      }
    }
  }
}
