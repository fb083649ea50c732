package dev.tengen.cli.report;

import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.selfplay.queue.ModelEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Elo ladder arranged for a chart: the promoted models in order of promotion (generation 0
 * is the run's first model) with their ratings, and the outside engines (ladder players that are
 * not models of the run, such as {@code gnugo-l1}).
 *
 * @param generations the rated promoted models, in order of promotion
 * @param engines the rated outside engines, in order of first appearance in the ladder
 */
public record EloSeries(List<Generation> generations, List<Rating> engines) {

  /**
   * One promoted model.
   *
   * @param generation its place in the promotion order (0 = first best model)
   * @param rating its rating
   */
  public record Generation(int generation, Rating rating) {}

  /** Copies the lists. */
  public EloSeries {
    generations = List.copyOf(generations);
    engines = List.copyOf(engines);
  }

  /** Arranges {@code ratings} by the promotions in {@code events}. */
  public static EloSeries of(List<ModelEvent> events, List<Rating> ratings) {
    Map<String, Rating> byPlayer =
        ratings.stream().collect(Collectors.toMap(Rating::player, Function.identity()));
    List<Generation> generations = new ArrayList<>();
    int generation = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Promoted p && seen.add(p.modelId())) {
        Rating r = byPlayer.get(p.modelId());
        if (r != null) {
          generations.add(new Generation(generation, r));
        }
        generation++;
      }
    }
    Set<String> models = modelIds(events);
    List<Rating> engines = new ArrayList<>();
    for (Rating r : ratings) {
      if (!models.contains(r.player())) {
        engines.add(r);
      }
    }
    return new EloSeries(generations, engines);
  }

  /** Every model id the model queue names (candidates and promotions). */
  public static Set<String> modelIds(List<ModelEvent> events) {
    Set<String> ids = new LinkedHashSet<>();
    for (ModelEvent e : events) {
      if (e instanceof ModelEvent.Candidate || e instanceof ModelEvent.Promoted) {
        ids.add(e.modelId());
      }
    }
    return ids;
  }
}
