package dev.tengen.cli.engine;

/**
 * One player's remaining time, as {@code time_left color time stones} reports it: in main time
 * {@code stones} is 0; in Canadian byo-yomi {@code time} is what is left of the period for
 * {@code stones} stones; in Japanese byo-yomi (KGS) {@code stones} is the periods left.
 *
 * @param timeLeft seconds left
 * @param stones stones (Canadian) or periods (Japanese) left in byo-yomi; 0 in main time
 */
public record Clock(double timeLeft, int stones) {
  /** @throws IllegalArgumentException if a value is negative or not finite */
  public Clock {
    if (!(timeLeft >= 0) || Double.isInfinite(timeLeft) || stones < 0) {
      throw new IllegalArgumentException("bad clock: time " + timeLeft + " stones " + stones);
    }
  }

  /** The clock at the start of a game under {@code control}. */
  public static Clock start(TimeControl control) {
    return new Clock(control.mainTime(), 0);
  }

  /** Whether the player is in byo-yomi. */
  public boolean inByoYomi() {
    return stones > 0;
  }

  /**
   * The clock after thinking {@code seconds} on one move, for when the controller does not send
   * {@code time_left}: main time runs down, then byo-yomi starts; a Canadian period that is used
   * up restarts with its full time and stones.
   */
  public Clock afterMove(double seconds, TimeControl control) {
    switch (control.kind()) {
      case NONE:
        return this;
      case ABSOLUTE:
        return new Clock(Math.max(0, timeLeft - seconds), 0);
      case CANADIAN:
        if (!inByoYomi()) {
          double left = timeLeft - seconds;
          return left > 0 ? new Clock(left, 0)
              : new Clock(control.byoYomiTime(), control.byoYomiStones());
        }
        if (stones <= 1) {
          return new Clock(control.byoYomiTime(), control.byoYomiStones());
        }
        return new Clock(Math.max(0, timeLeft - seconds), stones - 1);
      case JAPANESE:
        if (!inByoYomi()) {
          double left = timeLeft - seconds;
          return left > 0 ? new Clock(left, 0)
              : new Clock(control.byoYomiTime(), Math.max(1, control.byoYomiPeriods()));
        }
        return new Clock(control.byoYomiTime(), seconds > control.byoYomiTime() ? Math.max(1, stones - 1) : stones);
      default:
        throw new IllegalStateException(control.kind().toString());
    }
  }
}
