package dev.tengen.cli.engine;

/**
 * The time system of a game, as GTP {@code time_settings} and {@code kgs-time_settings} set it.
 * Times in seconds.
 *
 * @param kind which system
 * @param mainTime main time per player
 * @param byoYomiTime length of one byo-yomi period (Japanese) or of the Canadian period
 * @param byoYomiStones stones to play within one Canadian period (0 otherwise)
 * @param byoYomiPeriods number of Japanese byo-yomi periods (0 otherwise)
 */
public record TimeControl(Kind kind, double mainTime, double byoYomiTime, int byoYomiStones,
    int byoYomiPeriods) {

  /** Time systems. */
  public enum Kind {
    /** No clock: the engine thinks by visits only. */
    NONE,
    /** Main time only; when it runs out the game is lost on time. */
    ABSOLUTE,
    /** Main time, then periods of {@code byoYomiTime} for {@code byoYomiStones} stones. */
    CANADIAN,
    /** Main time, then {@code byoYomiPeriods} periods of {@code byoYomiTime} per move. */
    JAPANESE
  }

  /** No clock. */
  public static final TimeControl NONE = new TimeControl(Kind.NONE, 0, 0, 0, 0);

  /** @throws IllegalArgumentException if a time or count is negative or not finite */
  public TimeControl {
    if (!(mainTime >= 0) || !(byoYomiTime >= 0) || Double.isInfinite(mainTime)
        || Double.isInfinite(byoYomiTime) || byoYomiStones < 0 || byoYomiPeriods < 0) {
      throw new IllegalArgumentException("bad time settings: main " + mainTime + " byo-yomi "
          + byoYomiTime + " stones " + byoYomiStones + " periods " + byoYomiPeriods);
    }
  }

  /**
   * From GTP {@code time_settings main byo stones}: {@code byo > 0, stones == 0} means no limit
   * (GTP 2 section 6.3.1); {@code byo == 0} means absolute time.
   */
  public static TimeControl fromGtp(double mainTime, double byoYomiTime, int byoYomiStones) {
    if (byoYomiTime > 0 && byoYomiStones == 0) {
      return NONE;
    }
    if (byoYomiTime == 0) {
      return new TimeControl(Kind.ABSOLUTE, mainTime, 0, 0, 0);
    }
    return new TimeControl(Kind.CANADIAN, mainTime, byoYomiTime, byoYomiStones, 0);
  }

  /** Whether there is a clock at all. */
  public boolean isTimed() {
    return kind != Kind.NONE;
  }
}
