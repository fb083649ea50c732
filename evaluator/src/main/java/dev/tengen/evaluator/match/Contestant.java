package dev.tengen.evaluator.match;

/**
 * A named participant of matches (a model, an outside engine at a level) that can open players,
 * one for each game played at the same time. Implementations are thread-safe.
 */
public interface Contestant {

  /**
   * The ladder name, e.g. a model id or {@code gnugo-l1}: non-empty, no tabs, line breaks or
   * slashes.
   */
  String name();

  /**
   * Opens a player for worker {@code worker} (0-based; used to name log files).
   *
   * @throws PlayerFault if it cannot be opened (the match then forfeits its games)
   */
  Player open(int worker) throws PlayerFault;
}
