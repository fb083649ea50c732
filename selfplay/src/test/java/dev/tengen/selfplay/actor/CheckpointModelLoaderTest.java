package dev.tengen.selfplay.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.mcts.SearchParams;
import dev.tengen.network.Checkpoint;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.Features;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingParams;
import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;
import dev.tengen.selfplay.testing.QueueContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real network end to end: a tiny 5x5 checkpoint, announced as best, plays self-play games. */
class CheckpointModelLoaderTest {

  @TempDir Path dir;

  private static final NetworkConfig TINY = new NetworkConfig(5, 1, 8, 4, 4, 8, Features.VERSION);

  @Test
  void aPromotedCheckpointPlaysSelfPlayGamesThroughTheRunner() throws Exception {
    RunLayout run = new RunLayout(dir.resolve("run"));
    Files.createDirectories(run.checkpoints());
    Checkpoint initial = TrainableNetwork.create(TINY, TrainingParams.DEFAULT, 7).checkpoint(null, 0);
    CheckpointFile.write(initial, run.checkpoints().resolve("m0.ckpt"));
    try (ModelQueue models = ModelQueue.open(run.models())) {
      models.ensureInitialBest("m0", "checkpoints/m0.ckpt", Clock.systemUTC());
    }
    SearchParams search = SearchParams.selfPlay().toBuilder().fullVisits(8).fastVisits(4).build();
    ActorConfig config = ActorConfig.defaults(5).withSearch(search).withGames(1, 4).withMaxGames(3)
        .withMetricsInterval(Duration.ofSeconds(30));
    CheckpointModelLoader loader = new CheckpointModelLoader(run.root(), TINY,
        InferenceService.Options.DEFAULT, 0, 1);
    new SelfPlayRunner(run, config, loader, "net-test", (i, r) -> { }).run(Duration.ofSeconds(60));
    try (GamesQueue games = GamesQueue.openReadOnly(run.games())) {
      List<GameRecord> records = QueueContents.games(games);
      assertEquals(3, records.size());
      for (GameRecord g : records) {
        RecordReplay.replay(g);
        assertEquals(List.of("m0"), g.models());
        assertEquals(Features.VERSION, g.featureVersion());
      }
    }
    List<String> metrics = Files.readAllLines(run.selfPlayMetrics());
    assertTrue(metrics.get(metrics.size() - 1).contains("\"games\":3,"), metrics.toString());
  }

  @Test
  void aMissingCheckpointIsReportedNamingTheFile() {
    CheckpointModelLoader loader = new CheckpointModelLoader(dir, TINY, InferenceService.Options.DEFAULT, 0, 1);
    IOException e = assertThrows(IOException.class, () -> loader.load(
        new ModelEvent.Promoted(Instant.EPOCH, "m9", "checkpoints/m9.ckpt", "", 0, "x")));
    assertTrue(e.getMessage().contains("m9.ckpt"), e.getMessage());
  }
}
