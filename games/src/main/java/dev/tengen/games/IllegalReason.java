package dev.tengen.games;

/** Why a move is illegal, in the order the checks are made. */
public enum IllegalReason {
  /** The game has ended (two passes, resignation or the move cap). */
  GAME_OVER,
  /** The point holds a stone. */
  OCCUPIED,
  /** The immediate retake of a simple ko. */
  KO,
  /** The move would leave its own chain without liberties while capturing nothing. */
  SUICIDE,
  /** The move would recreate an earlier whole-board position (positional superko only). */
  SUPERKO
}
