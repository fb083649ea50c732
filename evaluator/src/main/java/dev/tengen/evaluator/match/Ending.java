package dev.tengen.evaluator.match;

import java.util.Locale;

/** How a refereed game ended. */
public enum Ending {
  /** Two passes in a row; scored by Tromp-Taylor area. */
  TWO_PASSES,
  /** A player resigned. */
  RESIGNATION,
  /** The move cap was reached; scored by Tromp-Taylor area as it stood. */
  MOVE_CAP,
  /** A player forfeited (see {@link GameReport#forfeit()}). */
  FORFEIT;

  /** The lower-case code, e.g. {@code two_passes}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
