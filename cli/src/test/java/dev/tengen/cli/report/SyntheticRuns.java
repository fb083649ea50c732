package dev.tengen.cli.report;

import dev.tengen.cli.config.RunDirectory;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.ladder.Winner;
import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.GameResult;
import dev.tengen.games.Rules;
import dev.tengen.selfplay.actor.MetricsSnapshot;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.trainer.StepMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * A run directory written by hand with the stages' own writers, every value known: 3 games (9
 * moves, 7 with a full search), 3 training steps, two actors (one restarted), a model queue with
 * one promotion and one rejection, and a ladder with an outside engine.
 */
public final class SyntheticRuns {
  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private SyntheticRuns() {}

  public static RunDirectory create(Path root) throws IOException {
    RunDirectory run = RunDirectory.of(root, "synthetic");
    run.openConfig(null, List.of("game.board-size=5"));
    games(run);
    train(run);
    selfplay(run);
    models(run);
    ladder(run);
    return run;
  }

  private static void games(RunDirectory run) {
    boolean[][] fullSearch = {{true, false, true}, {true, true, true, true}, {false, true}};
    try (GamesQueue games = GamesQueue.open(run.games())) {
      for (int g = 0; g < fullSearch.length; g++) {
        GameRecord.Builder b = GameRecord.builder(0x100 + g, 5, Rules.DEFAULT);
        for (int m = 0; m < fullSearch[g].length; m++) {
          b.addMove(m, "initial", fullSearch[g][m], 0f, 16, 8, new int[] {m}, new float[] {1f}, 1);
        }
        games.append(b.build(g == 1 ? GameResult.resignation(Color.WHITE)
            : GameResult.byScore(2.5, EndReason.TWO_PASSES)));
      }
    }
  }

  private static void train(RunDirectory run) throws IOException {
    StringBuilder lines = new StringBuilder();
    double[][] losses = {{2.5, 1.0, 0.8}, {2.25, 0.75, 0.6}, {2.0, 0.5, Double.NaN}};
    for (int i = 0; i < losses.length; i++) {
      lines.append(new StepMetrics(i + 1, T0.plusSeconds(60 + i).toEpochMilli(), losses[i][0],
          losses[i][1], losses[i][2], 0.125, 0.02, 100, 0.1, 200, 3, 7, 32L * (i + 1), 0, 0)
          .toJson()).append('\n');
    }
    lines.append("{\"step\":4,\"time_ms\":"); // a line being written: not counted
    Files.writeString(run.metrics().resolve("train.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static void selfplay(RunDirectory run) throws IOException {
    List<MetricsSnapshot> snapshots = List.of(
        snapshot(0, "a", 10, 2, 60),
        snapshot(10, "b", 10, 1, 30),
        snapshot(20, "a", 20, 4, 120),
        snapshot(30, "a", 5, 1, 20)); // actor a restarted
    StringBuilder lines = new StringBuilder();
    for (MetricsSnapshot s : snapshots) {
      lines.append(s.toJson()).append('\n');
    }
    Files.writeString(run.metrics().resolve("selfplay.jsonl"), lines, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW);
  }

  private static MetricsSnapshot snapshot(long second, String actor, double elapsed, long games,
      long moves) {
    return new MetricsSnapshot(T0.plusSeconds(second).toEpochMilli(), actor, "initial", elapsed,
        games, moves, moves, 10 * moves, 0, 0, 0, 0, 1, 1, 1, 1);
  }

  private static void models(RunDirectory run) {
    try (ModelQueue models = ModelQueue.open(run.models())) {
      models.append(new ModelEvent.Promoted(T0, "initial", "checkpoints/initial.ckpt", "",
          Double.NaN, "initial model"));
      models.append(new ModelEvent.Candidate(T0.plusSeconds(61), "step-000000002",
          "checkpoints/step-000000002.ckpt", 2, "initial"));
      models.append(new ModelEvent.Promoted(T0.plusSeconds(70), "step-000000002",
          "checkpoints/step-000000002.ckpt", "initial", 0.75, "3.0 points after 4 of 4 games"));
      models.append(new ModelEvent.Candidate(T0.plusSeconds(72), "step-000000003",
          "checkpoints/step-000000003.ckpt", 3, "step-000000002"));
      models.append(new ModelEvent.Rejected(T0.plusSeconds(80), "step-000000003", 0.25,
          "1.0 points after 4 of 4 games"));
    }
  }

  private static void ladder(RunDirectory run) {
    ResultJournal journal =
        ResultJournal.open(run.evaluator().resolve("ladder-games.tsv"));
    String[][] games = {
      {"step-000000002", "initial", "B"}, {"initial", "step-000000002", "W"},
      {"step-000000002", "initial", "B"}, {"initial", "step-000000002", "B"},
      {"step-000000003", "step-000000002", "W"}, {"step-000000002", "step-000000003", "B"},
      {"step-000000003", "step-000000002", "B"}, {"step-000000002", "step-000000003", "B"},
      {"step-000000002", "gnugo-l0", "W"}, {"gnugo-l0", "step-000000002", "B"},
    };
    for (int i = 0; i < games.length; i++) {
      String[] g = games[i];
      Winner winner = g[2].equals("B") ? Winner.BLACK : Winner.WHITE;
      journal.add(new RecordedGame("m/" + (i + 1), "m", g[0], g[1], winner, g[2] + "+1.5",
          "two_passes"));
    }
  }
}
