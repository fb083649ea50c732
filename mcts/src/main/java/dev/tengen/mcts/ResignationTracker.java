package dev.tengen.mcts;

import dev.tengen.games.Color;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides resignation in one game: a player resigns when the root value of its own search stays
 * below the threshold for K of its own moves in a row. In a share of games resignation is
 * disabled, to measure how often it would have been wrong; those games still record whether and
 * when each side would have resigned.
 *
 * <p>One instance per game; not thread-safe.
 */
public final class ResignationTracker {

  private final double threshold;
  private final int consecutiveMoves;
  private final boolean enabled;
  private final int[] streak = new int[2];
  private final int[] wouldResignAtMove = {-1, -1};

  /**
   * @param threshold root value (side to move) below which a move counts, in [-1, 1]
   * @param consecutiveMoves own moves in a row needed, at least 1
   * @param enabled false to never resign (but still record {@link #wouldHaveResigned})
   * @throws IllegalArgumentException naming a parameter out of range
   */
  public ResignationTracker(double threshold, int consecutiveMoves, boolean enabled) {
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("resignThreshold must be in [-1, 1], got " + threshold);
    }
    if (consecutiveMoves < 1) {
      throw new IllegalArgumentException(
          "resignConsecutiveMoves must be at least 1, got " + consecutiveMoves);
    }
    this.threshold = threshold;
    this.consecutiveMoves = consecutiveMoves;
    this.enabled = enabled;
  }

  /**
   * A tracker for a new self-play game: resignation is disabled with probability {@link
   * SearchParams#resignDisabledShare()} (one random number drawn from {@code rng}).
   */
  public static ResignationTracker forGame(SearchParams params, RandomGenerator rng) {
    boolean disabled = rng.nextDouble() < params.resignDisabledShare();
    return new ResignationTracker(
        params.resignThreshold(), params.resignConsecutiveMoves(), !disabled);
  }

  /** Whether this game may resign. */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Records the root value of {@code mover}'s search for its move at ply {@code moveNumber} and
   * says whether it resigns now (never when disabled).
   */
  public boolean shouldResign(Color mover, int moveNumber, double rootValue) {
    Objects.requireNonNull(mover, "mover");
    int i = mover.ordinal();
    streak[i] = rootValue < threshold ? streak[i] + 1 : 0;
    boolean condition = streak[i] >= consecutiveMoves;
    if (condition && wouldResignAtMove[i] < 0) {
      wouldResignAtMove[i] = moveNumber;
    }
    return enabled && condition;
  }

  /** Whether {@code color} met the resignation condition at some move of this game. */
  public boolean wouldHaveResigned(Color color) {
    return wouldResignAtMove[color.ordinal()] >= 0;
  }

  /** The ply at which {@code color} first met the condition, or -1. */
  public int wouldResignAtMove(Color color) {
    return wouldResignAtMove[color.ordinal()];
  }
}
