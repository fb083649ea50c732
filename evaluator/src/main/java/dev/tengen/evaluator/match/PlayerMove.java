package dev.tengen.evaluator.match;

/**
 * A player's answer to "your move": an action index (pass = {@code size * size}) or a
 * resignation. Legality is the referee's business, not this value's.
 *
 * @param action the action index, or -1 for a resignation
 * @param resign true for a resignation
 */
public record PlayerMove(int action, boolean resign) {

  /** @throws IllegalArgumentException if the fields disagree */
  public PlayerMove {
    if (resign != (action == -1) || action < -1) {
      throw new IllegalArgumentException(
          "player move with action " + action + " and resign " + resign + " is inconsistent");
    }
  }

  /** Play (or pass with) this action. */
  public static PlayerMove of(int action) {
    return new PlayerMove(action, false);
  }

  /** Resign. */
  public static PlayerMove resignation() {
    return new PlayerMove(-1, true);
  }
}
