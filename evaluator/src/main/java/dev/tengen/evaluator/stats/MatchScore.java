package dev.tengen.evaluator.stats;

/**
 * Wins, losses and draws of one side (call it A) of a match, with the derived figures every
 * report prints. Immutable; {@link #plus} returns a new value.
 *
 * @param wins games A won
 * @param losses games A lost
 * @param draws drawn games (only possible with an integer komi)
 */
public record MatchScore(int wins, int losses, int draws) {

  /** No games yet. */
  public static final MatchScore EMPTY = new MatchScore(0, 0, 0);

  /** @throws IllegalArgumentException if a count is negative */
  public MatchScore {
    if (wins < 0 || losses < 0 || draws < 0) {
      throw new IllegalArgumentException(
          "negative count in W/L/D " + wins + "/" + losses + "/" + draws);
    }
  }

  /** The outcome of one game from A's side. */
  public enum Outcome {
    WIN,
    LOSS,
    DRAW
  }

  /** This score with one more game. */
  public MatchScore plus(Outcome outcome) {
    return switch (outcome) {
      case WIN -> new MatchScore(wins + 1, losses, draws);
      case LOSS -> new MatchScore(wins, losses + 1, draws);
      case DRAW -> new MatchScore(wins, losses, draws + 1);
    };
  }

  /** The same games seen from B's side. */
  public MatchScore reversed() {
    return new MatchScore(losses, wins, draws);
  }

  /** Games played. */
  public int games() {
    return wins + losses + draws;
  }

  /** A's points: a win 1, a draw 0.5. */
  public double points() {
    return wins + 0.5 * draws;
  }

  /** A's score rate, points / games; 0.5 before any game (as {@code gtp_match.py}). */
  public double scoreRate() {
    int n = games();
    return n == 0 ? 0.5 : points() / n;
  }

  /** The 95% Wilson interval of the score rate. */
  public Interval scoreRateInterval95() {
    return Wilson.interval95(points(), games());
  }

  /** Elo(A) − Elo(B) implied by the score rate; ±∞ for a shutout. */
  public double eloDifference() {
    return Elo.fromScoreRate(scoreRate());
  }

  /** The Elo of the Wilson bounds: the 95% interval of {@link #eloDifference()}. */
  public Interval eloInterval95() {
    Interval w = scoreRateInterval95();
    return new Interval(Elo.fromScoreRate(w.low()), Elo.fromScoreRate(w.high()));
  }

  /**
   * One line like {@code gtp_match.py}'s summary: W/L/D, score rate with its interval, Elo with
   * its interval.
   */
  public String summary() {
    Interval w = scoreRateInterval95();
    Interval e = eloInterval95();
    return String.format(
        java.util.Locale.ROOT,
        "W/L/D %d/%d/%d, score rate %.3f, 95%% CI (Wilson) [%.3f, %.3f], Elo %s, 95%% CI [%s, %s]",
        wins, losses, draws, scoreRate(), w.low(), w.high(),
        Elo.format(eloDifference()), Elo.format(e.low()), Elo.format(e.high()));
  }
}
