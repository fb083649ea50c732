package dev.tengen.games;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How a game ended and who won, spelt as SGF's RE property: "B+3.5", "W+R", "0" for a draw.
 *
 * @param winner the winner, or null for a draw
 * @param margin the winning margin in points (non-negative, a multiple of 0.5); 0 for a
 *     resignation or a draw
 * @param reason how the game ended
 */
public record GameResult(Color winner, double margin, EndReason reason) {
  /** @throws IllegalArgumentException if the fields contradict each other */
  public GameResult {
    requireNonNull(reason, "reason");
    if (!(margin >= 0) || Double.isInfinite(margin) || Math.rint(margin * 2) != margin * 2) {
      throw new IllegalArgumentException("margin " + margin + " is not a non-negative multiple of 0.5");
    }
    if (reason == EndReason.RESIGNATION && (winner == null || margin != 0)) {
      throw new IllegalArgumentException("a resignation has a winner and margin 0");
    }
    if ((winner == null) != (margin == 0) && reason != EndReason.RESIGNATION) {
      throw new IllegalArgumentException(
          "a scored result has a winner exactly when its margin is positive: " + winner + " by "
              + margin);
    }
  }

  /**
   * The result of a scored game from Black's score (area of Black minus area of White minus
   * komi): Black wins when positive, White when negative, a draw at 0.
   */
  public static GameResult byScore(double blackScore, EndReason reason) {
    if (reason == EndReason.RESIGNATION) {
      throw new IllegalArgumentException("a scored result cannot end by resignation");
    }
    if (blackScore > 0) {
      return new GameResult(Color.BLACK, blackScore, reason);
    }
    if (blackScore < 0) {
      return new GameResult(Color.WHITE, -blackScore, reason);
    }
    return new GameResult(null, 0, reason);
  }

  /** A win by resignation of the other colour. */
  public static GameResult resignation(Color winner) {
    return new GameResult(requireNonNull(winner, "winner"), 0, EndReason.RESIGNATION);
  }

  /** True for a draw. */
  public boolean isDraw() {
    return winner == null;
  }

  /**
   * The game's value for a colour: 1 for a win, -1 for a loss, 0 for a draw (what a value
   * network learns).
   */
  public int valueFor(Color color) {
    return winner == null ? 0 : winner == color ? 1 : -1;
  }

  /** SGF's RE value: "B+3.5", "W+R", "0". */
  public String toSgf() {
    if (winner == null) {
      return "0";
    }
    return winner.sgfLetter() + "+"
        + (reason == EndReason.RESIGNATION ? "R" : Rules.formatKomi(margin));
  }

  /**
   * Parses an SGF RE value: "B+3.5", "W+R" (also "Resign"), "0" or "Draw" (any case). A scored
   * result is taken to have ended by {@link EndReason#TWO_PASSES}, since SGF does not say.
   *
   * @throws IllegalArgumentException naming the text if it is not one of these forms (results
   *     on time, by forfeit, void or unknown are not representable)
   */
  public static GameResult parseSgf(String text) {
    requireNonNull(text, "text");
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.equals("0") || t.equals("DRAW") || t.equals("JIGO")) {
      return new GameResult(null, 0, EndReason.TWO_PASSES);
    }
    if (t.length() < 3 || t.charAt(1) != '+' || (t.charAt(0) != 'B' && t.charAt(0) != 'W')) {
      throw new IllegalArgumentException(
          "bad SGF result '" + text + "': expected B+<margin>, W+R, 0 or Draw");
    }
    Color winner = t.charAt(0) == 'B' ? Color.BLACK : Color.WHITE;
    String rest = t.substring(2);
    if (rest.equals("R") || rest.equals("RESIGN")) {
      return resignation(winner);
    }
    double margin;
    try {
      margin = Double.parseDouble(rest);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "bad SGF result '" + text + "': '" + rest + "' is neither R nor a score", e);
    }
    if (!(margin > 0) || Math.rint(margin * 2) != margin * 2 || Double.isInfinite(margin)) {
      throw new IllegalArgumentException(
          "bad SGF result '" + text + "': margin must be a positive multiple of 0.5");
    }
    return new GameResult(winner, margin, EndReason.TWO_PASSES);
  }

  @Override
  public String toString() {
    return toSgf() + " (" + reason.name().toLowerCase(Locale.ROOT) + ")";
  }
}
