package dev.tengen.cli.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a run's charts to PNG with XChart (Java2D, headless): {@value #LOSSES} (policy, value and
 * total loss over training steps), {@value #SELFPLAY} (games per hour and positions per second of
 * each actor over time) and {@value #ELO} (the promoted models' ratings by generation with 95%
 * intervals, outside engines as flat lines) and {@value #ENGINES} (each model's score against
 * each outside engine, such as GNU Go, over the hours of the run). A chart with nothing to draw is not written. Each
 * file is written to a temporary name and renamed, so a reader never sees half an image.
 */
public final class ReportCharts {
  /** The loss chart's file name. */
  public static final String LOSSES = "losses.png";
  /** The self-play throughput chart's file name. */
  public static final String SELFPLAY = "selfplay.png";
  /** The Elo chart's file name. */
  public static final String ELO = "elo.png";
  /** The chart of the models' scores against outside engines. */
  public static final String ENGINES = "engines.png";

  /** Most points drawn per curve; longer series are averaged in buckets. */
  static final int MAX_POINTS = 1000;

  private final int width;
  private final int height;

  /**
   * @param width image width in pixels, at least 200
   * @param height image height in pixels, at least 150
   * @throws IllegalArgumentException if a size is too small
   */
  public ReportCharts(int width, int height) {
    if (width < 200 || height < 150) {
      throw new IllegalArgumentException(
          "chart size " + width + "x" + height + " is too small (at least 200x150)");
    }
    this.width = width;
    this.height = height;
  }

  /**
   * Writes every chart that has data into {@code dir} (created if needed).
   *
   * @return the files written, in the order above
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<Path> write(RunHistory history, double ownershipWeight, Path dir) {
    System.setProperty("java.awt.headless", "true");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    if (!history.train().isEmpty()) {
      written.add(save(losses(history.train(), ownershipWeight), dir.resolve(LOSSES)));
    }
    if (!history.selfplay().isEmpty()) {
      written.add(save(selfplay(history.selfplay()), dir.resolve(SELFPLAY)));
    }
    EloSeries elo = EloSeries.of(history.events(), history.ratings());
    if (!elo.generations().isEmpty() || !elo.engines().isEmpty()) {
      written.add(save(elo(elo), dir.resolve(ELO)));
    }
    if (!history.engines().rows().isEmpty()) {
      written.add(save(engines(history.engines()), dir.resolve(ENGINES)));
    }
    return written;
  }

  XYChart losses(List<TrainPoint> train, double ownershipWeight) {
    XYChart chart = chart("Training losses", "step", "loss");
    int n = train.size();
    double[] steps = new double[n];
    double[] policy = new double[n];
    double[] value = new double[n];
    double[] total = new double[n];
    for (int i = 0; i < n; i++) {
      TrainPoint p = train.get(i);
      steps[i] = p.step();
      policy[i] = p.policyLoss();
      value[i] = p.valueLoss();
      total[i] = p.totalLoss(ownershipWeight);
    }
    line(chart, "total", steps, total);
    line(chart, "policy", steps, policy);
    line(chart, "value", steps, value);
    return chart;
  }

  XYChart selfplay(List<SelfplayPoint> points) {
    XYChart chart = chart("Self-play throughput", "time (UTC)", "games/h");
    chart.setYAxisGroupTitle(0, "games/h");
    chart.setYAxisGroupTitle(1, "positions/s");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setDatePattern("MM-dd HH:mm");
    Map<String, List<SelfplayPoint>> byActor = new LinkedHashMap<>();
    for (SelfplayPoint p : points) {
      byActor.computeIfAbsent(p.actor(), a -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<SelfplayPoint>> e : byActor.entrySet()) {
      List<Date> times = new ArrayList<>();
      List<Double> games = new ArrayList<>();
      List<Double> positions = new ArrayList<>();
      SelfplayPoint previous = null;
      for (SelfplayPoint p : e.getValue()) {
        double dt = previous != null && previous.continuedBy(p)
            ? p.elapsedSeconds() - previous.elapsedSeconds() : 0;
        times.add(Date.from(p.time()));
        if (dt > 0) { // the rate since the previous snapshot of the same session
          games.add((p.games() - previous.games()) * 3600.0 / dt);
          positions.add((p.movesPlayed() - previous.movesPlayed()) / dt);
        } else { // a session's first snapshot: its average so far
          games.add(p.gamesPerHour());
          positions.add(p.positionsPerSecond());
        }
        previous = p;
      }
      XYSeries g = chart.addSeries(e.getKey() + " games/h", times, games);
      g.setMarker(SeriesMarkers.CIRCLE);
      XYSeries s = chart.addSeries(e.getKey() + " positions/s", times, positions);
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setYAxisGroup(1);
    }
    return chart;
  }

  XYChart elo(EloSeries elo) {
    XYChart chart = chart("Elo ladder (95% intervals)", "model generation (promotions)", "Elo");
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    int lastGeneration = 0;
    if (!elo.generations().isEmpty()) {
      int n = elo.generations().size();
      double[] x = new double[n];
      double[] y = new double[n];
      double[] err = new double[n];
      for (int i = 0; i < n; i++) {
        EloSeries.Generation g = elo.generations().get(i);
        x[i] = g.generation();
        y[i] = g.rating().elo();
        err[i] = (g.rating().ci95().high() - g.rating().ci95().low()) / 2;
        lastGeneration = Math.max(lastGeneration, g.generation());
      }
      XYSeries models = chart.addSeries("promoted models", x, y, err);
      models.setMarker(SeriesMarkers.CIRCLE);
    }
    double right = Math.max(1, lastGeneration);
    for (var engine : elo.engines()) {
      XYSeries s = chart.addSeries(engine.player() + String.format(java.util.Locale.ROOT,
          " (%.0f ± %.0f)", engine.elo(), 1.96 * engine.standardError()),
          new double[] {0, right}, new double[] {engine.elo(), engine.elo()});
      s.setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  XYChart engines(EngineRecords records) {
    XYChart chart = chart("Against outside engines", "hours into the run (model created)",
        "score rate");
    chart.setYAxisGroupTitle(0, "score rate (wins + draws / 2)");
    chart.setYAxisGroupTitle(1, "mean margin (points)");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMax(0, 1.0);
    for (String engine : records.engines()) {
      List<EngineRecords.Row> rows = records.against(engine);
      double[] hours = new double[rows.size()];
      double[] score = new double[rows.size()];
      List<Double> marginHours = new ArrayList<>();
      List<Double> margins = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        EngineRecords.Row r = rows.get(i);
        hours[i] = r.hoursAfter(records.start());
        score[i] = r.score();
        if (!Double.isNaN(r.meanMargin())) {
          marginHours.add(hours[i]);
          margins.add(r.meanMargin());
        }
      }
      XYSeries s = chart.addSeries("score vs " + engine, hours, score);
      s.setMarker(SeriesMarkers.CIRCLE);
      if (!margins.isEmpty()) {
        XYSeries m = chart.addSeries("margin vs " + engine, marginHours, margins);
        m.setMarker(SeriesMarkers.DIAMOND);
        m.setYAxisGroup(1);
      }
    }
    return chart;
  }

  private XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setChartBackgroundColor(java.awt.Color.WHITE);
    styler.setAntiAlias(true);
    return chart;
  }

  private static void line(XYChart chart, String name, double[] xs, double[] ys) {
    double[][] points = Downsample.means(xs, ys, MAX_POINTS);
    XYSeries s = chart.addSeries(name, points[0], points[1]);
    s.setMarker(SeriesMarkers.NONE);
  }

  private static Path save(XYChart chart, Path file) {
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      if (!ImageIO.write(image, "png", temp.toFile())) {
        throw new IllegalStateException("no PNG writer in this JVM");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
