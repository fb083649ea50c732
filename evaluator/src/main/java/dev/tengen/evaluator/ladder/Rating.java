package dev.tengen.evaluator.ladder;

import dev.tengen.evaluator.stats.Interval;

/**
 * One player's fitted rating.
 *
 * @param player the player's name
 * @param elo the maximum-likelihood rating, relative to the anchor (which has 0)
 * @param standardError the standard error of {@code elo} from the inverse Hessian; 0 for the
 *     anchor
 * @param ci95 {@code elo ± 1.96 standardError}
 * @param games the real games this player took part in (not the prior's virtual ones)
 * @param points the player's points in them (a draw is half)
 */
public record Rating(
    String player, double elo, double standardError, Interval ci95, int games, double points) {}
