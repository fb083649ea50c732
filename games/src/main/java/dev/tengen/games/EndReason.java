package dev.tengen.games;

/** How a game ended. */
public enum EndReason {
  /** Two consecutive passes; scored by Tromp-Taylor area and komi. */
  TWO_PASSES,
  /** A player resigned. */
  RESIGNATION,
  /** The game reached its move cap; scored by Tromp-Taylor area and komi as it stood. */
  MOVE_CAP
}
