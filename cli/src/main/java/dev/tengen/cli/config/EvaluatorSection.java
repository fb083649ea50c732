package dev.tengen.cli.config;

import dev.tengen.evaluator.gating.SprtGate;
import java.time.Duration;

/**
 * The {@code tengen.evaluator} section (without its {@code sprt} and {@code fixed}
 * sub-sections, which bind to the evaluator's {@code SprtParams} and {@code FixedGamesGate}).
 *
 * @param gating which rule promotes a candidate: sprt, fixed or none
 * @param sprtCap the most games of an SPRT gate
 * @param sprtCapRule the decision at the cap: llr-sign or win-rate
 * @param parallelGames gating games played at once
 * @param visits visits per move in gating games (both full and fast), or 0 for {@code
 *     match.search}'s
 * @param openingMoves plies at the start of each gating game chosen by sampling (see {@code
 *     MatchOpening})
 * @param openingTemperature the sampling temperature of those plies
 * @param pollInterval how long the gatekeeper waits between looks at the model queue
 */
public record EvaluatorSection(Gating gating, int sprtCap, SprtGate.CapRule sprtCapRule,
    int parallelGames, int visits, int openingMoves, double openingTemperature,
    Duration pollInterval) {

  /** @throws IllegalArgumentException if {@code visits} is negative */
  public EvaluatorSection {
    if (visits < 0) {
      throw new IllegalArgumentException("visits must be >= 0, got " + visits);
    }
  }

  /** Gating rules. */
  public enum Gating {
    /** Leela Zero's sequential probability ratio test. */
    SPRT,
    /** A fixed number of games and a score threshold (AlphaGo Zero: 400 games, 55%). */
    FIXED,
    /** Every candidate is promoted (AlphaZero). */
    NONE
  }
}
