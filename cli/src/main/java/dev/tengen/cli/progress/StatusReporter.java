package dev.tengen.cli.progress;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.cli.report.JsonLines;
import dev.tengen.cli.report.LadderGames;
import dev.tengen.cli.report.SelfplayPoint;
import dev.tengen.cli.report.TrainPoint;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.trainer.TrainerParams;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one-line status of a run, read from what its stages write (so it works the same whether
 * the stages are threads of this process or other processes): self-play games and positions/s,
 * the trainer's step, consumed games and last losses, the best model, the last gating result and
 * the best model's Elo.
 *
 * <pre>
 * status: self-play 243 games, 147.7 positions/s (1 actor) | trainer step 551, 245 games in,
 *   loss policy 1.823 value 0.554 | best step-000000500 | last gate REJECTED step-000000540
 *   (0.000) | Elo step-000000500 +35 ±60 (211 games)
 * </pre>
 * (one line). Self-play figures add up the newest snapshot of every actor that wrote one within
 * {@link #ACTIVE_WINDOW} of the newest snapshot (counts since each actor process started).
 *
 * <p>Cost per line: the last {@value #TAIL_BYTES} bytes of each metrics file, one read of the
 * model queue, and a Bradley–Terry fit only when the ladder journal has grown. {@link #start}
 * prints a line at a fixed interval from a daemon thread; a line that cannot be read (a file
 * being replaced) is reported in the line and the next one tries again.
 */
public final class StatusReporter implements AutoCloseable {
  /** How much of the end of a metrics file is read per line. */
  static final int TAIL_BYTES = 64 * 1024;
  /** Actors whose newest snapshot is older than this, relative to the newest, are left out. */
  static final Duration ACTIVE_WINDOW = Duration.ofMinutes(5);

  private final RunDirectory run;
  private final PrintStream out;
  private ScheduledExecutorService timer;
  private String eloKey = "";
  private String bestModel;
  private String firstModel;
  private String eloText = "";

  /**
   * @param run the run to report on
   * @param out where {@link #start} prints (stderr)
   */
  public StatusReporter(RunDirectory run, PrintStream out) {
    this.run = run;
    this.out = out;
  }

  /**
   * Prints {@link #line()} every {@code interval} from a daemon thread, first after one
   * interval; nothing for a zero interval. Call once.
   *
   * @return this, to close when the run ends
   */
  public synchronized StatusReporter start(Duration interval) {
    if (interval.isZero() || timer != null) {
      return this;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tengen-status");
      t.setDaemon(true);
      return t;
    });
    long millis = Math.max(1, interval.toMillis());
    timer.scheduleAtFixedRate(() -> out.println(line()), millis, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** The run's status now, one line starting with {@code "status: "}. Never throws. */
  public synchronized String line() {
    try {
      return "status: " + selfplay() + " | " + trainer() + " | " + models() + elo();
    } catch (RuntimeException e) {
      return "status: unavailable for now (" + e.getMessage() + ")";
    }
  }

  private String selfplay() {
    List<SelfplayPoint> tail = JsonLines.readTail(
        new RunLayout(run.dir()).selfPlayMetrics(), TAIL_BYTES, SelfplayPoint::of);
    if (tail.isEmpty()) {
      return "self-play: no games yet";
    }
    Map<String, SelfplayPoint> newest = new LinkedHashMap<>();
    for (SelfplayPoint p : tail) {
      newest.put(p.actor(), p);
    }
    var latest = tail.get(tail.size() - 1).time().minus(ACTIVE_WINDOW);
    long games = 0;
    double positionsPerSecond = 0;
    int actors = 0;
    for (SelfplayPoint p : newest.values()) {
      if (!p.time().isBefore(latest)) {
        games += p.games();
        positionsPerSecond += p.positionsPerSecond();
        actors++;
      }
    }
    return String.format(Locale.ROOT, "self-play %d games, %.1f positions/s (%d actor%s)", games,
        positionsPerSecond, actors, actors == 1 ? "" : "s");
  }

  private String trainer() {
    List<TrainPoint> tail = JsonLines.readTail(
        TrainerParams.builder(run.dir()).build().metricsFile(), TAIL_BYTES, TrainPoint::of);
    if (tail.isEmpty()) {
      return "trainer: no step yet";
    }
    TrainPoint t = tail.get(tail.size() - 1);
    return String.format(Locale.ROOT, "trainer step %d, %d games in, loss policy %.3f value %.3f",
        t.step(), t.gamesConsumed(), t.policyLoss(), t.valueLoss());
  }

  private String models() {
    if (!hasQueueFiles(run.models())) {
      bestModel = null;
      return "best: none yet";
    }
    ModelEvent.Promoted best = null;
    ModelEvent lastGate = null;
    firstModel = null;
    try (ModelQueue models = ModelQueue.openReadOnly(run.models())) {
      for (Indexed<ModelEvent> e : models.readAll()) {
        if (e.value() instanceof ModelEvent.Promoted p) {
          best = p;
          if (firstModel == null) {
            firstModel = p.modelId();
          }
          if (!p.previousBestId().isEmpty()) {
            lastGate = p;
          }
        } else if (e.value() instanceof ModelEvent.Rejected r) {
          lastGate = r;
        }
      }
    }
    String text = "best " + (best == null ? "none yet" : best.modelId());
    if (lastGate instanceof ModelEvent.Promoted p) {
      text += String.format(Locale.ROOT, " | last gate PROMOTED %s (%.3f)", p.modelId(), p.score());
    } else if (lastGate instanceof ModelEvent.Rejected r) {
      text += String.format(Locale.ROOT, " | last gate REJECTED %s (%.3f)", r.modelId(), r.score());
    } else {
      text += " | no gating yet";
    }
    bestModel = best == null ? null : best.modelId();
    return text;
  }

  private String elo() {
    Path journal = run.evaluator().resolve(EloLadder.JOURNAL_FILE);
    long size;
    try {
      size = Files.isRegularFile(journal) ? Files.size(journal) : 0;
    } catch (IOException e) {
      return "";
    }
    if (size == 0 || bestModel == null || bestModel.equals(firstModel)) {
      return ""; // the first model is the anchor, rated 0 by definition
    }
    String key = size + "/" + bestModel;
    if (!key.equals(eloKey)) {
      List<RecordedGame> games = LadderGames.read(journal);
      eloText = "";
      for (Rating r : LadderGames.ratings(games, firstModel)) {
        if (r.player().equals(bestModel)) {
          eloText = String.format(Locale.ROOT, " | Elo %s %+.0f ±%.0f over %s (%d games)",
              r.player(), r.elo(), 1.96 * r.standardError(), firstModel, games.size());
        }
      }
      eloKey = key;
    }
    return eloText;
  }

  private static boolean hasQueueFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the periodic lines. */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
