package dev.tengen.evaluator.gating;

import dev.tengen.evaluator.stats.MatchScore;
import java.util.Locale;

/**
 * AlphaGo Zero's gate: play {@code games} games, promote if the candidate's score rate is strictly
 * above {@code threshold} ("won by a margin of > 55%"). The match stops early as soon as the
 * outcome can no longer change: promote once the points already exceed {@code threshold × games},
 * reject once even winning every remaining game could not.
 *
 * @param games the games of a full match, at least 1
 * @param threshold the score rate to beat, in [0, 1)
 */
public record FixedGamesGate(int games, double threshold) implements GatingRule {

  /** AlphaGo Zero: more than 55% of 400 games. */
  public static final FixedGamesGate ALPHAGO_ZERO = new FixedGamesGate(400, 0.55);

  /** @throws IllegalArgumentException naming the bad parameter */
  public FixedGamesGate {
    if (games < 1) {
      throw new IllegalArgumentException("fixed gate games " + games + " is not positive");
    }
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("fixed gate threshold " + threshold + " not in [0, 1)");
    }
  }

  @Override
  public GateStatus evaluate(MatchScore score) {
    double needed = threshold * games;
    int remaining = Math.max(0, games - score.games());
    String figures =
        String.format(
            Locale.ROOT,
            "%.1f points after %d of %d games, need more than %.1f",
            score.points(), score.games(), games, needed);
    if (score.points() > needed) {
      return new GateStatus(Verdict.PROMOTE, figures);
    }
    if (score.points() + remaining <= needed || remaining == 0) {
      return new GateStatus(Verdict.REJECT, figures);
    }
    return new GateStatus(Verdict.CONTINUE, figures);
  }

  @Override
  public int maxGames() {
    return games;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "fixed:games=%d,threshold=%s", games, threshold);
  }
}
