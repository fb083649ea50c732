package dev.tengen.cli.report;

import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.stats.Interval;
import dev.tengen.evaluator.stats.Wilson;
import dev.tengen.selfplay.queue.ModelEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each model of a run fared against each outside engine of its ladder (GNU Go at a level,
 * any GTP program, the random player): the games of the ladder journal in which exactly one side
 * is a model of the run, summed per (model, engine) pair from the model's side. This is the
 * "win rate against GNU Go over time" of a run: every model carries the time it was created (its
 * candidate event; the promotion of a model that never was a candidate, such as {@code
 * initial}), so the rows read as a curve over the run's hours.
 *
 * @param start the run's first model event (time 0 of the curve), or null without events
 * @param rows one row per (model, engine) pair with games, by model creation time, then step,
 *     then the engine's first appearance in the journal
 */
public record EngineRecords(Instant start, List<Row> rows) {

  /**
   * One model's record against one engine.
   *
   * @param model the model id
   * @param step its training step (0 for a model that was never a candidate)
   * @param created when it was created (see the class comment)
   * @param engine the engine's ladder name, e.g. {@code gnugo-l1}
   * @param wins games the model won
   * @param losses games it lost
   * @param draws drawn games
   * @param scoredGames games that ended with a score on the board (not by resignation, time or
   *     forfeit)
   * @param marginSum the sum of the model's margins in those games (points, positive when it
   *     won; a draw adds 0)
   */
  public record Row(String model, long step, Instant created, String engine, int wins,
      int losses, int draws, int scoredGames, double marginSum) {

    /** Games played. */
    public int games() {
      return wins + losses + draws;
    }

    /** The model's score rate, a draw counting half; NaN without games. */
    public double score() {
      return games() == 0 ? Double.NaN : (wins + 0.5 * draws) / games();
    }

    /** The 95% Wilson interval of {@link #score()}, as {@code gtp_match.py} reports it. */
    public Interval ci95() {
      return Wilson.interval95(wins + 0.5 * draws, games());
    }

    /**
     * The model's mean margin in points over the games scored on the board: a measure of
     * progress while the score rate is still 0 or 1. NaN without such games.
     */
    public double meanMargin() {
      return scoredGames == 0 ? Double.NaN : marginSum / scoredGames;
    }

    /** Hours from {@code start} to {@link #created()}. */
    public double hoursAfter(Instant start) {
      return Duration.between(start, created).toMillis() / 3_600_000.0;
    }
  }

  /** Copies the list. */
  public EngineRecords {
    rows = List.copyOf(rows);
  }

  /**
   * Sums {@code games} by (model, engine) pair. A game between two models, between two engines,
   * or involving a model id the events do not name, is not counted here (it is in the ladder).
   * Cost: O(events + games).
   */
  public static EngineRecords of(List<ModelEvent> events, List<RecordedGame> games) {
    Map<String, ModelInfo> models = new LinkedHashMap<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Candidate c) {
        models.put(c.modelId(), new ModelInfo(c.step(), c.time()));
      } else if (e instanceof ModelEvent.Promoted p) {
        models.putIfAbsent(p.modelId(), new ModelInfo(0, p.time()));
      }
    }
    Map<List<String>, double[]> tally = new LinkedHashMap<>();
    for (RecordedGame g : games) {
      boolean blackIsModel = models.containsKey(g.black());
      boolean whiteIsModel = models.containsKey(g.white());
      if (blackIsModel == whiteIsModel) {
        continue;
      }
      String model = blackIsModel ? g.black() : g.white();
      String engine = blackIsModel ? g.white() : g.black();
      double[] t = tally.computeIfAbsent(List.of(model, engine), k -> new double[5]);
      String winner = g.winnerName();
      t[winner == null ? 2 : winner.equals(model) ? 0 : 1]++;
      double margin = boardMargin(g.result());
      if (!Double.isNaN(margin)) {
        t[3]++;
        t[4] += winner == null || winner.equals(model) ? margin : -margin;
      }
    }
    List<String> engineOrder = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<List<String>, double[]> e : tally.entrySet()) {
      String model = e.getKey().get(0);
      String engine = e.getKey().get(1);
      if (!engineOrder.contains(engine)) {
        engineOrder.add(engine);
      }
      ModelInfo info = models.get(model);
      double[] t = e.getValue();
      rows.add(new Row(model, info.step(), info.created(), engine, (int) t[0], (int) t[1],
          (int) t[2], (int) t[3], t[4]));
    }
    rows.sort(Comparator.comparing(Row::created).thenComparingLong(Row::step)
        .thenComparingInt(r -> engineOrder.indexOf(r.engine())));
    Instant start = events.isEmpty() ? null : events.get(0).time();
    return new EngineRecords(start, rows);
  }

  /**
   * The winner's margin of an SGF result scored on the board ({@code B+3.5} is 3.5, {@code 0} is
   * 0), or NaN for a result by resignation, time or forfeit ({@code W+R}, {@code B+T}, {@code
   * B+F}) or one that is not understood.
   */
  static double boardMargin(String result) {
    if (result.equals("0")) {
      return 0;
    }
    if (result.length() < 3 || result.charAt(1) != '+') {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(result.substring(2));
    } catch (NumberFormatException e) {
      return Double.NaN; // R, T, F and anything else
    }
  }

  /** The engines in the order of {@link #rows()}' first mention. */
  public List<String> engines() {
    List<String> engines = new ArrayList<>();
    for (Row r : rows) {
      if (!engines.contains(r.engine())) {
        engines.add(r.engine());
      }
    }
    return engines;
  }

  /** The rows of one engine, in row order. */
  public List<Row> against(String engine) {
    return rows.stream().filter(r -> r.engine().equals(engine)).toList();
  }

  private record ModelInfo(long step, Instant created) {}
}
