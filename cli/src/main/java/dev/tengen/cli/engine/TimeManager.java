package dev.tengen.cli.engine;

import java.time.Duration;

/**
 * How long to think on one move given the clock: a simple, safe allocation.
 *
 * <ul>
 *   <li>No clock: {@link Duration#ZERO}, meaning "visits only".
 *   <li>Main time: the time left divided by the own moves expected to remain, {@code max(8,
 *       0.35 * size^2 - moveNumber / 2)} (a 9x9 game lasts about 60 plies, a 19x19 one about
 *       250), and when byo-yomi follows, at least what one byo-yomi move may take.
 *   <li>Canadian byo-yomi: the period's time left divided by its stones left.
 *   <li>Japanese byo-yomi: one period.
 * </ul>
 * Every allocation keeps a share in reserve ({@code 0.8} of the byo-yomi share) and subtracts the
 * configured network lag, and is at least {@link #MINIMUM}.
 */
public final class TimeManager {
  /** The shortest budget ever given: one batch of search. */
  public static final Duration MINIMUM = Duration.ofMillis(50);

  private static final double BYO_YOMI_SHARE = 0.8;

  private final Duration lag;

  /** @param lag time lost per move between the controller and us (network, GUI), subtracted */
  public TimeManager(Duration lag) {
    if (lag.isNegative()) {
      throw new IllegalArgumentException("lag must not be negative: " + lag);
    }
    this.lag = lag;
  }

  /** The thinking time for the next move; {@link Duration#ZERO} when there is no clock. */
  public Duration budget(TimeControl control, Clock clock, int boardSize, int moveNumber) {
    if (!control.isTimed()) {
      return Duration.ZERO;
    }
    double seconds;
    if (clock.inByoYomi()) {
      seconds = control.kind() == TimeControl.Kind.JAPANESE
          ? control.byoYomiTime() * BYO_YOMI_SHARE
          : clock.timeLeft() / clock.stones() * BYO_YOMI_SHARE;
    } else {
      double movesLeft = Math.max(8, 0.35 * boardSize * boardSize - moveNumber / 2.0);
      seconds = clock.timeLeft() / movesLeft;
      double byoYomiMove = byoYomiMove(control);
      if (byoYomiMove > 0) {
        seconds = Math.max(seconds, Math.min(byoYomiMove, clock.timeLeft() + byoYomiMove));
      }
    }
    seconds -= lag.toNanos() / 1e9;
    long nanos = (long) (seconds * 1e9);
    return nanos < MINIMUM.toNanos() ? MINIMUM : Duration.ofNanos(nanos);
  }

  private static double byoYomiMove(TimeControl control) {
    switch (control.kind()) {
      case CANADIAN:
        return control.byoYomiStones() == 0 ? 0
            : control.byoYomiTime() / control.byoYomiStones() * BYO_YOMI_SHARE;
      case JAPANESE:
        return control.byoYomiPeriods() == 0 ? 0 : control.byoYomiTime() * BYO_YOMI_SHARE;
      default:
        return 0;
    }
  }
}
