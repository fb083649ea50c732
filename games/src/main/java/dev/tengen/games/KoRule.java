package dev.tengen.games;

/** Which repetitions are forbidden. */
public enum KoRule {
  /**
   * GNU Go's simple ko: only the immediate retake of a single stone just captured by a single
   * stone is forbidden (a snapback is not ko); any other move, a pass included, lifts the ban.
   */
  SIMPLE,
  /**
   * Positional superko: a move may not recreate any earlier whole-board position of the game
   * (stones only, whoever is to move). Includes the simple-ko ban.
   */
  POSITIONAL_SUPERKO
}
