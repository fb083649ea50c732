package dev.tengen.tests;

import dev.tengen.cli.report.JsonLines;
import dev.tengen.cli.report.TrainPoint;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a run directory holds at one moment, read from outside the run's process the way any
 * other process would: the games queue (ids and full-search moves of each record, in queue
 * order), the model queue's events, the trainer's metrics lines, the ladder journal's game ids
 * and the complete checkpoints.
 */
record RunState(
    List<Long> gameIds,
    List<Integer> fullSearchMoves,
    List<ModelEvent> events,
    List<String> trainLines,
    List<TrainPoint> train,
    List<String> ladderGameIds,
    TreeSet<Long> completeCheckpointSteps) {

  private static final Pattern CHECKPOINT = Pattern.compile("step-(\\d{9})\\.ckpt");

  static RunState read(Path run) {
    List<Long> ids = new ArrayList<>();
    List<Integer> full = new ArrayList<>();
    if (hasQueue(run.resolve("games"))) {
      try (GamesQueue games = GamesQueue.openReadOnly(run.resolve("games"))) {
        games.forEach(-1, Long.MAX_VALUE, (Indexed<GameRecord> g) -> {
          ids.add(g.value().gameId());
          int n = 0;
          for (int i = 0; i < g.value().moveCount(); i++) {
            n += g.value().fullSearch(i) ? 1 : 0;
          }
          full.add(n);
        });
      }
    }
    List<ModelEvent> events = new ArrayList<>();
    if (hasQueue(run.resolve("models"))) {
      try (ModelQueue models = ModelQueue.openReadOnly(run.resolve("models"))) {
        for (Indexed<ModelEvent> e : models.readAll()) {
          events.add(e.value());
        }
      }
    }
    Path trainFile = run.resolve("metrics").resolve("train.jsonl");
    List<String> trainLines = completeLines(trainFile);
    List<TrainPoint> train = JsonLines.readAll(trainFile, TrainPoint::of);
    List<String> ladder = new ArrayList<>();
    for (String line : completeLines(run.resolve("evaluator").resolve("ladder-games.tsv"))) {
      ladder.add(line.substring(0, line.indexOf('\t')));
    }
    TreeSet<Long> checkpoints = new TreeSet<>();
    Path dir = run.resolve("checkpoints");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(f -> {
          Matcher m = CHECKPOINT.matcher(f.getFileName().toString());
          if (m.matches() && Files.isRegularFile(
              dir.resolve("step-" + m.group(1) + ".trainer"))) {
            checkpoints.add(Long.parseLong(m.group(1)));
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new RunState(ids, full, events, trainLines, train, ladder, checkpoints);
  }

  int games() {
    return gameIds.size();
  }

  long lastStep() {
    return train.isEmpty() ? 0 : train.get(train.size() - 1).step();
  }

  List<ModelEvent.Candidate> candidates() {
    List<ModelEvent.Candidate> out = new ArrayList<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Candidate c) {
        out.add(c);
      }
    }
    return out;
  }

  /** Promotions by gating (the run's first model, promoted without a match, left out). */
  List<ModelEvent.Promoted> gatedPromotions() {
    List<ModelEvent.Promoted> out = new ArrayList<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Promoted p && !p.previousBestId().isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  List<ModelEvent.Rejected> rejections() {
    List<ModelEvent.Rejected> out = new ArrayList<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Rejected r) {
        out.add(r);
      }
    }
    return out;
  }

  /** The training step of the newest gated promotion, or -1 if no candidate was promoted yet. */
  long bestStep() {
    List<ModelEvent.Promoted> promoted = gatedPromotions();
    if (promoted.isEmpty()) {
      return -1;
    }
    String best = promoted.get(promoted.size() - 1).modelId();
    for (ModelEvent.Candidate c : candidates()) {
      if (c.modelId().equals(best)) {
        return c.step();
      }
    }
    throw new AssertionError("promoted " + best + " was never announced as a candidate");
  }

  int gatingDecisions() {
    return gatedPromotions().size() + rejections().size();
  }

  private static List<String> completeLines(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String line : text.substring(0, end).split("\n")) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasQueue(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
