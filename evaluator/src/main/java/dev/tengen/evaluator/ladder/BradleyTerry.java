package dev.tengen.evaluator.ladder;

import dev.tengen.evaluator.stats.Elo;
import dev.tengen.evaluator.stats.Interval;
import dev.tengen.evaluator.stats.Wilson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry ratings on the Elo scale by maximum likelihood.
 *
 * <p>Model: player {@code i} beats {@code j} with probability {@code σ(C (r_i − r_j))}, {@code C =
 * ln 10 / 400}, i.e. the logistic Elo curve; a draw counts as half a win for each side. The
 * log-likelihood {@code Σ_pairs w_ij ln p_ij + w_ji ln(1 − p_ij)} is concave; it is maximised by
 * Newton's method with the anchor's rating held at 0 (steps capped at 400 Elo, to convergence of
 * 1e-9 Elo). Confidence intervals come from the observed Fisher information: the Hessian of the
 * negative log-likelihood, {@code H_ii = C² Σ_j n_ij p_ij (1 − p_ij)}, {@code H_ij = −C² n_ij p_ij
 * (1 − p_ij)} over the free ratings; the standard error of {@code r_i} is {@code sqrt((H⁻¹)_ii)}
 * — uncertainty relative to the anchor.
 *
 * <p>Prior: a player who won (or lost) every game has no finite maximum. With {@code priorDraws >
 * 0}, each player after the first in the given order shares {@code priorDraws} virtual drawn games
 * with the one before it (successive models are close in strength), which keeps every rating
 * finite and the graph connected; KataGo's {@code elo.py} uses the same kind of prior. With 0,
 * the fit is the plain MLE and throws when it does not exist.
 *
 * <p>Cost: O(iterations × (games + n³)) for n players; a few milliseconds for hundreds of players.
 */
public final class BradleyTerry {

  private static final double C = Elo.NATURAL_PER_ELO;
  private static final int MAX_ITERATIONS = 500;
  private static final double MAX_STEP = 400.0;
  private static final double TOLERANCE = 1e-9;
  private static final double UNBOUNDED = 20_000.0;

  private BradleyTerry() {}

  /**
   * Fits ratings to {@code games}.
   *
   * @param players every player to rate, in ladder order (the prior links neighbours); players
   *     that appear in games but not here are appended in order of first appearance
   * @param anchor the player rated 0; must be among the players
   * @param priorDraws virtual draws between neighbours in the order, ≥ 0
   * @return one rating per player, in the order above
   * @throws IllegalArgumentException if the anchor is unknown or {@code priorDraws < 0}
   * @throws IllegalStateException if, without a prior, a player is not connected to the anchor by
   *     games or won or lost all its games (no finite maximum); the message names the player
   */
  public static List<Rating> fit(
      List<String> players, String anchor, double priorDraws, List<RecordedGame> games) {
    if (!(priorDraws >= 0)) {
      throw new IllegalArgumentException("prior draws " + priorDraws + " is negative");
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String p : players) {
      index.putIfAbsent(p, index.size());
    }
    for (RecordedGame g : games) {
      index.putIfAbsent(g.black(), index.size());
      index.putIfAbsent(g.white(), index.size());
    }
    Integer anchorIndex = index.get(anchor);
    if (anchorIndex == null) {
      throw new IllegalArgumentException(
          "anchor '" + anchor + "' is not among the players " + index.keySet());
    }
    int n = index.size();
    List<String> names = new ArrayList<>(index.keySet());
    double[][] wins = new double[n][n]; // wins[i][j]: points of i against j, real games only
    int[] realGames = new int[n];
    double[] realPoints = new double[n];
    for (RecordedGame g : games) {
      int b = index.get(g.black());
      int w = index.get(g.white());
      realGames[b]++;
      realGames[w]++;
      switch (g.winner()) {
        case BLACK -> {
          wins[b][w] += 1;
          realPoints[b] += 1;
        }
        case WHITE -> {
          wins[w][b] += 1;
          realPoints[w] += 1;
        }
        case DRAW -> {
          wins[b][w] += 0.5;
          wins[w][b] += 0.5;
          realPoints[b] += 0.5;
          realPoints[w] += 0.5;
        }
      }
    }
    double[][] total = new double[n][n]; // w_ij + w_ji including the prior
    double[][] score = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        score[i][j] = wins[i][j];
      }
    }
    for (int i = 1; i < n; i++) {
      score[i][i - 1] += priorDraws / 2;
      score[i - 1][i] += priorDraws / 2;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        total[i][j] = score[i][j] + score[j][i];
      }
    }

    int a = anchorIndex;
    int[] free = new int[n - 1];
    for (int i = 0, k = 0; i < n; i++) {
      if (i != a) {
        free[k++] = i;
      }
    }
    checkConnected(names, total, a);

    double[] r = new double[n];
    double[][] hessian = new double[n - 1][n - 1];
    boolean converged = n == 1;
    for (int iter = 0; iter < MAX_ITERATIONS && !converged; iter++) {
      double[] grad = new double[n - 1];
      fillHessian(r, total, free, hessian);
      for (int k = 0; k < free.length; k++) {
        int i = free[k];
        double g = 0;
        for (int j = 0; j < n; j++) {
          if (j != i && total[i][j] > 0) {
            g += score[i][j] - total[i][j] * Elo.expectedScore(r[i] - r[j]);
          }
        }
        grad[k] = C * g;
      }
      double[] step = solve(hessian, grad, names, free);
      double largest = 0;
      for (double s : step) {
        largest = Math.max(largest, Math.abs(s));
      }
      double shrink = largest > MAX_STEP ? MAX_STEP / largest : 1.0;
      for (int k = 0; k < free.length; k++) {
        r[free[k]] += shrink * step[k];
        if (Math.abs(r[free[k]]) > UNBOUNDED) {
          throw new IllegalStateException(
              "rating of '" + names.get(free[k]) + "' is unbounded: it won or lost every game"
                  + " against the rest; use a prior (priorDraws > 0)");
        }
      }
      converged = largest < TOLERANCE;
    }
    if (!converged) {
      throw new IllegalStateException(
          "Bradley-Terry fit did not converge in " + MAX_ITERATIONS + " iterations");
    }
    double[] variance = new double[n];
    if (n > 1) {
      fillHessian(r, total, free, hessian);
      double[][] inverse = invert(hessian, names, free);
      for (int k = 0; k < free.length; k++) {
        variance[free[k]] = inverse[k][k];
      }
    }
    List<Rating> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double se = Math.sqrt(Math.max(0.0, variance[i]));
      out.add(
          new Rating(
              names.get(i),
              r[i],
              se,
              new Interval(r[i] - Wilson.Z95 * se, r[i] + Wilson.Z95 * se),
              realGames[i],
              realPoints[i]));
    }
    return out;
  }

  private static void fillHessian(double[] r, double[][] total, int[] free, double[][] h) {
    for (int k = 0; k < free.length; k++) {
      int i = free[k];
      double diag = 0;
      for (int j = 0; j < r.length; j++) {
        if (j != i && total[i][j] > 0) {
          double p = Elo.expectedScore(r[i] - r[j]);
          diag += total[i][j] * p * (1 - p);
        }
      }
      h[k][k] = C * C * diag;
      for (int m = 0; m < free.length; m++) {
        if (m != k) {
          int j = free[m];
          double p = Elo.expectedScore(r[i] - r[j]);
          h[k][m] = -C * C * total[i][j] * p * (1 - p);
        }
      }
    }
  }

  private static void checkConnected(List<String> names, double[][] total, int anchor) {
    int n = names.size();
    boolean[] seen = new boolean[n];
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    seen[anchor] = true;
    todo.add(anchor);
    while (!todo.isEmpty()) {
      int i = todo.poll();
      for (int j = 0; j < n; j++) {
        if (!seen[j] && total[i][j] > 0) {
          seen[j] = true;
          todo.add(j);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        throw new IllegalStateException(
            "player '" + names.get(i) + "' has no games linking it to the anchor '"
                + names.get(anchor) + "'; its rating is undefined");
      }
    }
  }

  /** Solves {@code h x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] h, double[] b, List<String> names, int[] free) {
    int m = b.length;
    double[][] aug = new double[m][m + 1];
    for (int i = 0; i < m; i++) {
      System.arraycopy(h[i], 0, aug[i], 0, m);
      aug[i][m] = b[i];
    }
    eliminate(aug, m, names, free);
    double[] x = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = aug[i][m];
    }
    return x;
  }

  private static double[][] invert(double[][] h, List<String> names, int[] free) {
    int m = h.length;
    double[][] aug = new double[m][2 * m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(h[i], 0, aug[i], 0, m);
      aug[i][m + i] = 1.0;
    }
    eliminate(aug, m, names, free);
    double[][] inv = new double[m][m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(aug[i], m, inv[i], 0, m);
    }
    return inv;
  }

  /** Gauss–Jordan on the first m columns of {@code aug}, leaving the identity there. */
  private static void eliminate(double[][] aug, int m, List<String> names, int[] free) {
    int width = aug.length == 0 ? 0 : aug[0].length;
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int row = col + 1; row < m; row++) {
        if (Math.abs(aug[row][col]) > Math.abs(aug[pivot][col])) {
          pivot = row;
        }
      }
      if (Math.abs(aug[pivot][col]) < 1e-300) {
        throw new IllegalStateException(
            "rating of '" + names.get(free[col]) + "' is not identifiable (singular Hessian)");
      }
      double[] tmp = aug[pivot];
      aug[pivot] = aug[col];
      aug[col] = tmp;
      double d = aug[col][col];
      for (int k = 0; k < width; k++) {
        aug[col][k] /= d;
      }
      for (int row = 0; row < m; row++) {
        if (row != col && aug[row][col] != 0) {
          double f = aug[row][col];
          for (int k = 0; k < width; k++) {
            aug[row][k] -= f * aug[col][k];
          }
        }
      }
    }
  }
}
