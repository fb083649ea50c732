package dev.tengen.evaluator.stats;

/**
 * Wald's sequential probability ratio test on a match score, after Leela Zero's
 * {@code validation/SPRT.cpp} (itself from Cute Chess). Stateless: {@link #status} reads a
 * {@link MatchScore}, so the test restarts correctly from any persisted score.
 *
 * <p>The model, by case:
 *
 * <ul>
 *   <li><b>No draws</b> (Go with a half-point komi): the binomial logistic model. A player
 *       {@code e} Elo stronger wins with {@code p(e) = 1 / (1 + 10^(-e/400))}, and
 *       {@code LLR = W ln(p(elo1)/p(elo0)) + L ln((1-p(elo1))/(1-p(elo0)))}. This is exactly the
 *       limit of Leela Zero's BayesElo model as the draw Elo goes to 0 (its scale factor is then
 *       1). Leela Zero's code instead returns "continue" whenever there are no draws, except for
 *       a shutout; we do not copy that.
 *   <li><b>Wins, losses and draws all present</b>: Leela Zero's BayesElo trinomial model: the draw
 *       Elo is estimated from the sample, the hypotheses are scaled by
 *       {@code 4x/(1+x)^2, x = 10^(-drawElo/400)}, and the LLR sums over wins, losses and draws.
 *   <li><b>Draws with no wins or no losses</b>: the draw Elo is not estimable; as Leela Zero, the
 *       LLR is reported as 0 and only the shutout rule decides: H0 when there are no wins and at
 *       least {@code e^|lower|} losses, H1 when there are no losses and at least
 *       {@code e^upper} wins.
 * </ul>
 *
 * <p>Decisions compare the LLR with Wald's bounds {@link SprtParams#lowerBound()} and
 * {@link SprtParams#upperBound()}; strictly outside means decided. Cost: O(1).
 */
public final class Sprt {

  /** What the test says now. */
  public enum Result {
    /** Not enough evidence yet: play on. */
    CONTINUE,
    /** The LLR fell below the lower bound: the difference is at most elo0. */
    ACCEPT_H0,
    /** The LLR rose above the upper bound: the difference is at least elo1. */
    ACCEPT_H1
  }

  /**
   * The test's state for a score.
   *
   * @param result the decision
   * @param llr the log-likelihood ratio of H1 against H0
   * @param lowerBound {@code ln(β/(1−α))}
   * @param upperBound {@code ln((1−β)/α)}
   */
  public record Status(Result result, double llr, double lowerBound, double upperBound) {}

  private final SprtParams params;

  /** A test with these hypotheses and error rates. */
  public Sprt(SprtParams params) {
    this.params = java.util.Objects.requireNonNull(params, "params");
  }

  /** The hypotheses and error rates. */
  public SprtParams params() {
    return params;
  }

  /** The log-likelihood ratio of H1 against H0 for the score of side A (see the class doc). */
  public double llr(MatchScore score) {
    int w = score.wins();
    int l = score.losses();
    int d = score.draws();
    if (d == 0) {
      double p0 = Elo.expectedScore(params.elo0());
      double p1 = Elo.expectedScore(params.elo1());
      return w * Math.log(p1 / p0) + l * Math.log((1 - p1) / (1 - p0));
    }
    if (w == 0 || l == 0) {
      return 0.0;
    }
    int n = w + l + d;
    double pWin = (double) w / n;
    double pLoss = (double) l / n;
    double drawElo = 200.0 * Math.log10((1.0 - pLoss) / pLoss * (1.0 - pWin) / pWin);
    double x = Math.pow(10.0, -drawElo / 400.0);
    double scale = 4.0 * x / ((1.0 + x) * (1.0 + x));
    double[] h0 = trinomial(params.elo0() / scale, drawElo);
    double[] h1 = trinomial(params.elo1() / scale, drawElo);
    return w * Math.log(h1[0] / h0[0]) + l * Math.log(h1[1] / h0[1]) + d * Math.log(h1[2] / h0[2]);
  }

  /** {win, loss, draw} probabilities of the BayesElo model. */
  private static double[] trinomial(double bayesElo, double drawElo) {
    double win = 1.0 / (1.0 + Math.pow(10.0, (drawElo - bayesElo) / 400.0));
    double loss = 1.0 / (1.0 + Math.pow(10.0, (drawElo + bayesElo) / 400.0));
    return new double[] {win, loss, 1.0 - win - loss};
  }

  /** The decision and LLR for the score of side A. */
  public Status status(MatchScore score) {
    double lower = params.lowerBound();
    double upper = params.upperBound();
    double llr = llr(score);
    Result result = Result.CONTINUE;
    if (score.draws() > 0 && (score.wins() == 0 || score.losses() == 0)) {
      if (score.wins() == 0 && score.losses() >= Math.exp(Math.abs(lower))) {
        result = Result.ACCEPT_H0;
      } else if (score.losses() == 0 && score.wins() >= Math.exp(upper)) {
        result = Result.ACCEPT_H1;
      }
    } else if (llr > upper) {
      result = Result.ACCEPT_H1;
    } else if (llr < lower) {
      result = Result.ACCEPT_H0;
    }
    return new Status(result, llr, lower, upper);
  }
}
