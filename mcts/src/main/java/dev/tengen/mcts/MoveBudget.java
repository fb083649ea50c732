package dev.tengen.mcts;

import java.time.Duration;
import java.util.Objects;

/**
 * What the search of one move may spend: a root-visit target and a wall-clock time, whichever is
 * reached first ends the search. Given per move to {@link Search#startMove(MoveBudget)} or {@link
 * SearchDriver#searchMove(Search, MoveBudget)}, so a timed game keeps one {@link Search} (and its
 * tree) across moves whose budgets differ; {@link SearchParams#budget(boolean)} is the budget the
 * parameters imply.
 *
 * <p>Visits kept from tree reuse count towards {@code visits} (KataGo's {@code maxVisits}): a
 * reused root that already has them finishes at once. The time starts when the move starts and is
 * checked between batches, so a search overruns it by at most one batch.
 *
 * @param visits root visits to reach, at least 1
 * @param time wall-clock limit; {@link Duration#ZERO} means none (visits only)
 */
public record MoveBudget(int visits, Duration time) {

  /** @throws IllegalArgumentException if visits is below 1 or the time is negative */
  public MoveBudget {
    if (visits < 1) {
      throw new IllegalArgumentException("move budget visits must be at least 1, got " + visits);
    }
    Objects.requireNonNull(time, "time");
    if (time.isNegative()) {
      throw new IllegalArgumentException("move budget time must not be negative: " + time);
    }
  }

  /** A budget of {@code visits} root visits and no time limit. */
  public static MoveBudget ofVisits(int visits) {
    return new MoveBudget(visits, Duration.ZERO);
  }

  /** Whether there is a time limit. */
  public boolean isTimed() {
    return !time.isZero();
  }
}
