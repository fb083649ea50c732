package dev.tengen.evaluator.match;

import dev.tengen.mcts.SearchParams;

/**
 * How the first plies of an evaluation game are chosen, so that the games of a match differ.
 * Match search is otherwise deterministic (no noise, the most-visited or LCB move), and two
 * deterministic players repeat the same game with each colour: a 100-game match would be two
 * games counted fifty times each, and every statistic built on it (the SPRT, the Elo
 * intervals) would be overconfident. For the first {@code plies} plies of each game, a search
 * player samples its move from the root visit counts raised to {@code 1 / temperature} (the
 * self-play rule, {@link SearchParams#temperatureAt}); later plies are played as before.
 * KataGo's match and gatekeeper configurations randomise early moves the same way.
 *
 * @param plies plies from the start of each game chosen by sampling, at least 0 (0: none)
 * @param temperature the sampling temperature during those plies, in (0, 100] when {@code
 *     plies > 0}
 */
public record MatchOpening(int plies, double temperature) {

  /**
   * Six plies (three moves a side) at temperature 1: with a typical 9x9 root where the best
   * move holds 60% of the visits, under 5% of the games follow the top move all six plies.
   */
  public static final MatchOpening DEFAULT = new MatchOpening(6, 1.0);

  /** Deterministic matches (every ply the search's own choice). */
  public static final MatchOpening NONE = new MatchOpening(0, 1.0);

  /** A constant temperature: the half-life is set far beyond any game. */
  private static final double NO_DECAY = Double.MAX_VALUE;

  /** @throws IllegalArgumentException naming the bad field */
  public MatchOpening {
    if (plies < 0) {
      throw new IllegalArgumentException("opening plies must be >= 0, got " + plies);
    }
    if (!(temperature > 0 && temperature <= 100)) {
      throw new IllegalArgumentException(
          "opening temperature must be in (0, 100], got " + temperature);
    }
  }

  /**
   * {@code params} with this opening: temperature {@code temperature} for plies {@code 0 ..
   * plies - 1}, then none. With {@code plies == 0} the move choice is left as {@code params} has
   * it.
   */
  public SearchParams applyTo(SearchParams params) {
    if (plies == 0) {
      return params;
    }
    return params.toBuilder()
        .temperatureEarly(temperature)
        .temperatureHalflifeMoves(NO_DECAY)
        .temperatureMoves(plies)
        .build();
  }
}
