package dev.tengen.trainer;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainingParams;
import dev.tengen.network.LearningRateSchedule;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.selfplay.actor.LoadedModel;
import dev.tengen.selfplay.actor.ModelSource;
import dev.tengen.selfplay.actor.SelfPlayActor;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameIds;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.GameRecordCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/** Game records and queue contents for the trainer's tests. */
final class TestRecords {
  private TestRecords() {}

  /** A tiny net for 5x5 tests: 1 block of 8 channels. */
  static final NetworkConfig TINY_5X5 = new NetworkConfig(5, 1, 8, 4, 4, 8, 1);

  /** Plain SGD-momentum settings for the tests: constant rate. */
  static TrainingParams training(double rate) {
    return new TrainingParams(LearningRateSchedule.constant(rate), 0.9, 1e-4, 0.5, 0.9);
  }

  /**
   * A finished 5x5 game of {@code stones} stone moves along the first rows (points 0, 1, 2, ...)
   * and then two passes, every move a full search whose policy target is 0.75 on the move played
   * and 0.25 on pass (1.0 on pass for the passes). So it has exactly {@code stones + 2} rows.
   * White wins by komi plus area, as the rules say.
   */
  static GameRecord scripted(long id, int stones) {
    int size = 5;
    Game game = new Game(size, Rules.DEFAULT);
    GameRecord.Builder builder = GameRecord.builder(id, size, Rules.DEFAULT).times(1000, 2000);
    int pass = size * size;
    for (int i = 0; i < stones + 2; i++) {
      int action = i < stones ? i : pass;
      int[] actions = action == pass ? new int[] {pass} : new int[] {action, pass};
      float[] probabilities = action == pass ? new float[] {1f} : new float[] {0.75f, 0.25f};
      builder.addMove(action, "scripted", true, 0.5f, 16, 12, actions, probabilities, actions.length);
      game.play(action);
    }
    return builder.build(game.result());
  }

  /**
   * Plays {@code games} real self-play games on 5x5 with MCTS over the uniform evaluator (16
   * visits for full searches, 8 for fast ones, playout cap randomization as selfplay configures
   * it), appending them to the games queue in {@code gamesDir}.
   */
  static void selfPlay(Path gamesDir, int games, long seed) throws InterruptedException {
    SearchParams search = SearchParams.selfPlay().toBuilder()
        .fullVisits(16).fastVisits(8).temperatureMoves(6).build();
    ActorConfig config = ActorConfig.defaults(5).withSearch(search).withGames(1, 4)
        .withMaxGames(games).withSeed(seed).withMetricsInterval(Duration.ofSeconds(60));
    LoadedModel uniform = new LoadedModel("uniform", new UniformPolicyValue(), 0);
    AtomicLong nonce = new AtomicLong(seed * 1000);
    Clock clock = Clock.fixed(Instant.ofEpochMilli(1_780_000_000_000L), ZoneOffset.UTC);
    try (GamesQueue queue = GamesQueue.open(gamesDir)) {
      new SelfPlayActor(config, ModelSource.fixed(uniform), queue, new GameIds(nonce::getAndIncrement),
          clock, (index, record) -> { }).run();
    }
  }

  /** The model ids of the CANDIDATE events on the run's model queue, oldest first. */
  static List<String> candidateIds(Path runDir) {
    try (ModelQueue models = ModelQueue.open(runDir.resolve("models"))) {
      return models.readAll().stream()
          .map(Indexed::value)
          .filter(e -> e instanceof ModelEvent.Candidate)
          .map(ModelEvent::modelId)
          .toList();
    }
  }

  /** Appends {@code bytes} as one raw excerpt of the games queue (to plant bad records). */
  static long appendRaw(Path gamesDir, byte[] bytes) {
    try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(gamesDir)
            .rollCycle(RollCycles.FAST_DAILY).build();
        ExcerptAppender appender = queue.createAppender()) {
      try (DocumentContext dc = appender.writingDocument()) {
        dc.wire().bytes().write(bytes);
      }
      return appender.lastIndexAppended();
    }
  }

  /** The encoding of {@code record} with its format version replaced by {@code version}. */
  static byte[] withVersion(GameRecord record, int version) {
    byte[] bytes = GameRecordCodec.toBytes(record);
    bytes[2] = (byte) version;
    bytes[3] = (byte) (version >>> 8);
    return bytes;
  }

  /** Bytes that are no game record at all. */
  static byte[] garbage() {
    return new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
  }
}
