package dev.tengen.evaluator.match;

/**
 * Hears about a match as it goes (the CLI draws a progress bar from it). Called from worker
 * threads, one call at a time; keep it quick.
 */
public interface MatchListener {

  /** A listener that ignores everything. */
  MatchListener NONE = new MatchListener() {};

  /** A game finished and was journaled. */
  default void gameFinished(MatchProgress progress) {}

  /** Something worth a log line happened: a forfeit, a player restart, a resumed match. */
  default void event(String message) {}
}
