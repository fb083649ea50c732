package dev.tengen.cli.report;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.trainer.TrainerParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a report draws, read from a run directory at one moment: the trainer's and the
 * actors' metrics lines, the model queue's events, the Elo ladder and the games queue's totals.
 * Reading is safe while the run is going on (only complete lines and acknowledged records count).
 *
 * @param train every {@code metrics/train.jsonl} line, in file order
 * @param selfplay every {@code metrics/selfplay.jsonl} line, in file order
 * @param events every model-queue event, in queue order
 * @param ratings the ladder's ratings, in order of first appearance (empty without games),
 *     anchored on the run's first model
 * @param ladderGames games in the ladder journal
 * @param engines the models' records against the ladder's outside engines
 * @param queue the games queue's totals
 */
public record RunHistory(
    List<TrainPoint> train,
    List<SelfplayPoint> selfplay,
    List<ModelEvent> events,
    List<Rating> ratings,
    int ladderGames,
    EngineRecords engines,
    QueueTotals queue) {

  /** Copies the lists. */
  public RunHistory {
    train = List.copyOf(train);
    selfplay = List.copyOf(selfplay);
    events = List.copyOf(events);
    ratings = List.copyOf(ratings);
  }

  /**
   * Reads the run. Cost: one pass over each metrics file, the model queue, the ladder journal and
   * the games queue (every record is decoded to count its moves).
   *
   * @throws IllegalArgumentException naming the file and line of a malformed metrics line
   * @throws UncheckedIOException if a file cannot be read
   */
  public static RunHistory load(RunDirectory run) {
    RunLayout layout = new RunLayout(run.dir());
    List<TrainPoint> train =
        JsonLines.readAll(TrainerParams.builder(run.dir()).build().metricsFile(), TrainPoint::of);
    List<SelfplayPoint> selfplay = JsonLines.readAll(layout.selfPlayMetrics(), SelfplayPoint::of);
    List<ModelEvent> events = modelEvents(run.models());
    List<RecordedGame> ladder = LadderGames.read(run.evaluator().resolve(EloLadder.JOURNAL_FILE));
    return new RunHistory(train, selfplay, events,
        LadderGames.ratings(ladder, firstModel(events)), ladder.size(),
        EngineRecords.of(events, ladder), queueTotals(run.games()));
  }

  /** The run's first promoted model (the ladder's anchor), or null if none yet. */
  static String firstModel(List<ModelEvent> events) {
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Promoted p) {
        return p.modelId();
      }
    }
    return null;
  }

  /** The player rated 0: the run's first model when it has played, else the first player. */
  public String anchor() {
    String first = firstModel(events);
    for (Rating r : ratings) {
      if (r.player().equals(first)) {
        return first;
      }
    }
    return ratings.isEmpty() ? "" : ratings.get(0).player();
  }

  /** The last training step's line, if any. */
  public Optional<TrainPoint> lastTrain() {
    return train.isEmpty() ? Optional.empty() : Optional.of(train.get(train.size() - 1));
  }

  /** The latest promotion, if any. */
  public Optional<ModelEvent.Promoted> best() {
    ModelEvent.Promoted best = null;
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Promoted p) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Model-queue events read from {@code dir}; none if it holds no queue yet. */
  static List<ModelEvent> modelEvents(Path dir) {
    if (!hasQueueFiles(dir)) {
      return List.of();
    }
    try (ModelQueue models = ModelQueue.openReadOnly(dir)) {
      List<ModelEvent> out = new ArrayList<>();
      for (Indexed<ModelEvent> e : models.readAll()) {
        out.add(e.value());
      }
      return out;
    }
  }

  /** Counts the games queue in {@code dir}; zeros if it holds no queue yet. */
  static QueueTotals queueTotals(Path dir) {
    if (!hasQueueFiles(dir)) {
      return QueueTotals.EMPTY;
    }
    long[] totals = new long[3];
    try (GamesQueue games = GamesQueue.openReadOnly(dir)) {
      games.forEach(-1, Long.MAX_VALUE, (Indexed<GameRecord> g) -> {
        GameRecord r = g.value();
        totals[0]++;
        totals[1] += r.moveCount();
        for (int i = 0; i < r.moveCount(); i++) {
          if (r.fullSearch(i)) {
            totals[2]++;
          }
        }
      });
    }
    return new QueueTotals(totals[0], totals[1], totals[2]);
  }

  /** Whether {@code dir} holds Chronicle queue files (opening an empty one read-only fails). */
  static boolean hasQueueFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
