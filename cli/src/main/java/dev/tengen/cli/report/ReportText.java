package dev.tengen.cli.report;

import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.selfplay.queue.ModelEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text summary of a run ({@code report.txt}): games and positions, the actors' last
 * throughput, the trainer's step and last losses, the best model, every gating decision and the
 * Elo table, and each model's record against outside engines. A pure function of a {@link RunHistory}: the same history gives the same text.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Renders the summary.
   *
   * @param history what was read from the run
   * @param runLabel how to name the run in the heading (its directory)
   * @param ownershipWeight the run's {@code trainer.ownership-weight}, for the total loss
   */
  public static String render(RunHistory history, String runLabel, double ownershipWeight) {
    StringBuilder out = new StringBuilder();
    out.append("Tengen report: ").append(runLabel).append('\n');
    selfplay(history, out);
    trainer(history, ownershipWeight, out);
    models(history, out);
    gating(history, out);
    ladder(history, out);
    engines(history.engines(), out);
    return out.toString();
  }

  private static void selfplay(RunHistory h, StringBuilder out) {
    out.append("\nSelf-play\n");
    QueueTotals q = h.queue();
    row(out, "games in the queue", Long.toString(q.games()));
    row(out, "positions (moves)", q.moves() + " (" + q.fullSearchMoves() + " with a full search)");
    Map<String, SelfplayPoint> lastByActor = new LinkedHashMap<>();
    for (SelfplayPoint p : h.selfplay()) {
      lastByActor.put(p.actor(), p);
    }
    row(out, "actors seen", Integer.toString(lastByActor.size()));
    for (SelfplayPoint p : lastByActor.values()) {
      row(out, "last " + p.actor(), String.format(Locale.ROOT,
          "%.1f games/h, %.2f positions/s over %.0f s, %d games, model %s (%s)",
          p.gamesPerHour(), p.positionsPerSecond(), p.elapsedSeconds(), p.games(), p.model(),
          p.time().truncatedTo(ChronoUnit.SECONDS)));
    }
  }

  private static void trainer(RunHistory h, double ownershipWeight, StringBuilder out) {
    out.append("\nTrainer\n");
    if (h.lastTrain().isEmpty()) {
      row(out, "step", "none yet");
      return;
    }
    TrainPoint t = h.lastTrain().get();
    row(out, "step", Long.toString(t.step()));
    row(out, "games consumed", Long.toString(t.gamesConsumed()));
    row(out, "positions consumed", Long.toString(t.positionsConsumed()));
    row(out, "samples seen", Long.toString(t.samplesSeen()));
    row(out, "learning rate", number(t.learningRate(), 6));
    row(out, "last losses", "policy " + number(t.policyLoss(), 4) + ", value "
        + number(t.valueLoss(), 4) + ", ownership " + number(t.ownershipLoss(), 4) + ", l2 "
        + number(t.l2Loss(), 4) + ", total " + number(t.totalLoss(ownershipWeight), 4));
  }

  private static void models(RunHistory h, StringBuilder out) {
    out.append("\nModels\n");
    row(out, "best model", h.best().map(p -> p.modelId() + " (promoted "
        + time(p.time()) + ", " + p.reason() + ")").orElse("none yet"));
    Set<String> candidates = new TreeSet<>();
    Set<String> promoted = new TreeSet<>();
    Set<String> rejected = new TreeSet<>();
    long lastStep = -1;
    for (ModelEvent e : h.events()) {
      if (e instanceof ModelEvent.Candidate c) {
        candidates.add(c.modelId());
        lastStep = Math.max(lastStep, c.step());
      } else if (e instanceof ModelEvent.Promoted p) {
        promoted.add(p.modelId());
      } else if (e instanceof ModelEvent.Rejected r) {
        rejected.add(r.modelId());
      }
    }
    Set<String> pending = new TreeSet<>(candidates);
    pending.removeAll(promoted);
    pending.removeAll(rejected);
    row(out, "candidates", candidates.size() + " announced (last at step "
        + (lastStep < 0 ? "-" : Long.toString(lastStep)) + "), "
        + promoted.stream().filter(candidates::contains).count() + " promoted, " + rejected.size()
        + " rejected, " + pending.size() + " pending");
  }

  private static void gating(RunHistory h, StringBuilder out) {
    out.append("\nGating decisions\n");
    int decisions = 0;
    for (ModelEvent e : h.events()) {
      if (e instanceof ModelEvent.Promoted p) {
        if (p.previousBestId().isEmpty()) {
          continue; // the run's first model: not a gating decision
        }
        out.append(String.format(Locale.ROOT, "  %s  PROMOTED  %-20s over %-20s score %s  %s%n",
            time(p.time()), p.modelId(), p.previousBestId(), score(p.score()), p.reason()));
        decisions++;
      } else if (e instanceof ModelEvent.Rejected r) {
        out.append(String.format(Locale.ROOT, "  %s  REJECTED  %-20s %-25s score %s  %s%n",
            time(r.time()), r.modelId(), "", score(r.score()), r.reason()));
        decisions++;
      }
    }
    if (decisions == 0) {
      out.append("  none yet\n");
    }
  }

  private static void ladder(RunHistory h, StringBuilder out) {
    out.append("\nElo ladder");
    if (h.ratings().isEmpty()) {
      out.append("\n  no games yet\n");
      return;
    }
    out.append(" (").append(h.ladderGames()).append(" games; Bradley-Terry, 95% intervals, ")
        .append(h.anchor()).append(" = 0)\n");
    Set<String> models = EloSeries.modelIds(h.events());
    List<Rating> sorted = new ArrayList<>(h.ratings());
    sorted.sort(Comparator.comparingDouble(Rating::elo).reversed());
    out.append(String.format(Locale.ROOT, "  %-24s %-6s %8s  %-19s %6s %7s%n",
        "player", "kind", "elo", "95% CI", "games", "points"));
    for (Rating r : sorted) {
      out.append(String.format(Locale.ROOT, "  %-24s %-6s %8.1f  [%7.1f, %7.1f] %6d %7.1f%n",
          r.player(), models.contains(r.player()) ? "model" : "engine", r.elo(), r.ci95().low(),
          r.ci95().high(), r.games(), r.points()));
    }
  }

  private static void engines(EngineRecords records, StringBuilder out) {
    if (records.rows().isEmpty()) {
      return;
    }
    out.append("\nAgainst outside engines (the model's score, 95% Wilson intervals;"
        + " hours = when the model was created)\n");
    out.append(String.format(Locale.ROOT, "  %-20s %10s %6s  %-12s %-11s %6s  %-14s  %s%n",
        "model", "step", "hours", "engine", "W/L/D", "score", "95% CI", "mean margin"));
    for (EngineRecords.Row r : records.rows()) {
      out.append(String.format(Locale.ROOT,
          "  %-20s %10d %6.2f  %-12s %-11s %6.3f  [%.3f, %.3f]  %s%n",
          r.model(), r.step(), r.hoursAfter(records.start()), r.engine(),
          r.wins() + "/" + r.losses() + "/" + r.draws(), r.score(), r.ci95().low(),
          r.ci95().high(), Double.isNaN(r.meanMargin()) ? "-" : String.format(Locale.ROOT,
              "%+.1f (%d games)", r.meanMargin(), r.scoredGames())));
    }
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-22s %s%n", label, value));
  }

  private static String number(double v, int decimals) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String score(double v) {
    return Double.isNaN(v) ? "-    " : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String time(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
