package dev.tengen.mcts;

import java.time.Duration;
import java.util.Objects;

/**
 * Every knob of the search, in one immutable value. Start from {@link #selfPlay()} or {@link
 * #match()} and change what you need with {@link #toBuilder()}; the compact constructor checks
 * every range and names the parameter it rejects.
 *
 * <p>Values are from the side to move and lie in [-1, 1] (1 = certain win), so the value-scaled
 * knobs ({@code fpuReduction}, {@code resignThreshold}) are in those units.
 *
 * @param cPuct exploration constant of PUCT: {@code Q + cPuct * P * sqrt(N) / (1 + n)}. Default
 *     1.1 (KataGo {@code cpuctExploration}; Minigo uses about 1.5).
 * @param fpuReduction first-play urgency below the root: an unvisited child is valued at the
 *     parent's mean value minus {@code fpuReduction * sqrt(prior mass of visited children)}.
 *     Default 0.2 (KataGo {@code fpuReductionMax}).
 * @param rootFpuReduction the same at the root. Default 0.1 (KataGo {@code rootFpuReductionMax}).
 * @param rootNoise whether full searches mix Dirichlet noise into the root priors. Self-play
 *     true, match false. Fast searches (playout cap randomization) never get noise (KataGo).
 * @param noiseConcentration total Dirichlet concentration, spread evenly over the legal moves of
 *     the root (alpha = this / legal moves). Default 10.83 (KataGo selfplay cfg; it equals
 *     AlphaZero's 0.03 times 361).
 * @param noiseWeight share of noise in the root priors: {@code (1 - w) * P + w * eta}. Default
 *     0.25 (AlphaGo Zero, KataGo).
 * @param temperatureEarly move-choice temperature at move 0 in self-play; the chosen move is
 *     drawn with probability proportional to {@code visits^(1/T)}. Default 1.0 (AlphaGo Zero).
 * @param temperatureHalflifeMoves the temperature halves every this many plies: {@code T(m) =
 *     temperatureEarly * 0.5^(m / halflife)}. Default 20 (our choice for 9x9; KataGo decays its
 *     early temperature with a halflife of 19 plies).
 * @param temperatureMoves from this ply on, the move with the most (pruned) visits is played
 *     (temperature 0). Default 20 on 9x9 (AlphaGo Zero: 30 plies on 19x19, about 8% of the
 *     points; we keep more on 9x9 because games are short). Match: 0.
 * @param fullVisits root visits a full search reaches (visits carried over by tree reuse
 *     count, as KataGo's {@code maxVisits}). Default 600 (KataGo 9x9 selfplay cfg).
 * @param fastVisits root visits a fast search reaches. Default 100 (same cfg).
 * @param fullSearchProbability share of moves searched fully; the others are fast searches whose
 *     positions are not policy-training targets. Default 0.25 (KataGo playout cap
 *     randomization). Match: 1.
 * @param forcedPlayoutsCoefficient k in the forced playouts of the root: a root child that has
 *     been visited but fewer than {@code sqrt(k * P * total root child visits)} times is chosen
 *     first. Only in full searches with {@code rootNoise}. 0 disables. Default 2 (KataGo paper,
 *     arXiv 1902.10565, section 3.1).
 * @param policyTargetPruning whether the policy target subtracts the forced playouts again (see
 *     {@link PolicyTargetPruning}). Default true with forced playouts.
 * @param resignThreshold the root value (side to move) under which a move counts towards
 *     resignation. Default -0.9 (KataGo {@code resignThreshold}).
 * @param resignConsecutiveMoves own moves in a row below the threshold before resigning.
 *     Default 3 (KataGo {@code resignConsecTurns}).
 * @param resignDisabledShare share of self-play games in which the actor disables resignation
 *     to measure false resignations (see {@link ResignationTracker#forGame}). Default 0.1
 *     (AlphaGo Zero; DESIGN asks for at least 10%).
 * @param virtualLoss visits of a loss that each simulation in flight adds to the nodes on its
 *     path, so that one search gathers distinct leaves for one batch. Default 1 (KataGo {@code
 *     numVirtualLossesPerThread}; Leela Zero used 3).
 * @param leavesInFlight leaves one search gathers per batch. Self-play default 2 (many games
 *     fill the batch, few virtual losses distort each tree); match default 16 (one game must
 *     fill the batch alone).
 * @param maxNodes memory cap of one search tree, in nodes (49 bytes each, twice that with the reuse buffer). When full,
 *     leaves are still evaluated and backed up but no longer expanded; tree reuse then reclaims
 *     everything outside the kept subtree. Default 1,000,000.
 * @param treeReuse whether the chosen child's subtree becomes the next root. Default true.
 * @param finalMoveSelection how the move is chosen once temperature is 0. Self-play {@link
 *     MoveSelection#MOST_VISITS}; match {@link MoveSelection#LCB} (Leela Zero, KataGo).
 * @param lcbStdevs standard deviations below the mean for the lower confidence bound. Default
 *     5.0 (KataGo {@code lcbStdevs}).
 * @param lcbMinVisitShare a child is eligible for LCB selection only with at least this share of
 *     the most visited child's visits (and at least 3 visits). Default 0.15 (KataGo {@code
 *     minVisitPropForLCB}).
 * @param timePerMove wall-clock budget of one search; {@link Duration#ZERO} means visits only.
 *     The search stops at whichever of the visit target and the time budget comes first. A
 *     {@link MoveBudget} given to {@link Search#startMove(MoveBudget)} replaces this and the visit
 *     counts for one move (timed games, whose budget changes every move, keep their tree that way).
 */
public record SearchParams(
    double cPuct,
    double fpuReduction,
    double rootFpuReduction,
    boolean rootNoise,
    double noiseConcentration,
    double noiseWeight,
    double temperatureEarly,
    double temperatureHalflifeMoves,
    int temperatureMoves,
    int fullVisits,
    int fastVisits,
    double fullSearchProbability,
    double forcedPlayoutsCoefficient,
    boolean policyTargetPruning,
    double resignThreshold,
    int resignConsecutiveMoves,
    double resignDisabledShare,
    double virtualLoss,
    int leavesInFlight,
    int maxNodes,
    boolean treeReuse,
    MoveSelection finalMoveSelection,
    double lcbStdevs,
    double lcbMinVisitShare,
    Duration timePerMove) {

  /** How the move is chosen when the temperature is 0. */
  public enum MoveSelection {
    /**
     * The child with the most (pruned) visits; ties go to the higher prior, then to a uniformly
     * random one of those still tied (one number from the search's generator).
     */
    MOST_VISITS,
    /**
     * The child with the highest lower confidence bound among those with enough visits; ties go
     * to more visits, then the higher prior, then a uniformly random one of those still tied.
     */
    LCB
  }

  /** Checks every range. @throws IllegalArgumentException naming the parameter and its value */
  public SearchParams {
    positive("cPuct", cPuct);
    range("fpuReduction", fpuReduction, 0, 2);
    range("rootFpuReduction", rootFpuReduction, 0, 2);
    positive("noiseConcentration", noiseConcentration);
    range("noiseWeight", noiseWeight, 0, 1);
    range("temperatureEarly", temperatureEarly, 0, 100);
    positive("temperatureHalflifeMoves", temperatureHalflifeMoves);
    atLeast("temperatureMoves", temperatureMoves, 0);
    atLeast("fullVisits", fullVisits, 1);
    atLeast("fastVisits", fastVisits, 1);
    if (fastVisits > fullVisits) {
      throw new IllegalArgumentException(
          "fastVisits (" + fastVisits + ") must not exceed fullVisits (" + fullVisits + ")");
    }
    range("fullSearchProbability", fullSearchProbability, 0, 1);
    range("forcedPlayoutsCoefficient", forcedPlayoutsCoefficient, 0, 100);
    range("resignThreshold", resignThreshold, -1, 1);
    atLeast("resignConsecutiveMoves", resignConsecutiveMoves, 1);
    range("resignDisabledShare", resignDisabledShare, 0, 1);
    range("virtualLoss", virtualLoss, 0, 1000);
    atLeast("leavesInFlight", leavesInFlight, 1);
    atLeast("maxNodes", maxNodes, 2);
    Objects.requireNonNull(finalMoveSelection, "finalMoveSelection");
    positive("lcbStdevs", lcbStdevs);
    range("lcbMinVisitShare", lcbMinVisitShare, 0, 1);
    Objects.requireNonNull(timePerMove, "timePerMove");
    if (timePerMove.isNegative()) {
      throw new IllegalArgumentException("timePerMove must not be negative: " + timePerMove);
    }
  }

  /** Self-play defaults on 9x9: noise, temperature, playout cap randomization, forced playouts. */
  public static SearchParams selfPlay() {
    return new SearchParams(
        1.1, 0.2, 0.1, true, 10.83, 0.25, 1.0, 20, 20, 600, 100, 0.25, 2.0, true, -0.9, 3, 0.1,
        1.0, 2, 1_000_000, true, MoveSelection.MOST_VISITS, 5.0, 0.15, Duration.ZERO);
  }

  /**
   * Match-play defaults (evaluation, GTP): no noise, no temperature, no forced playouts, every
   * search full with 800 visits, final move by LCB, 16 leaves in flight.
   */
  public static SearchParams match() {
    return selfPlay().toBuilder()
        .rootNoise(false)
        .temperatureEarly(0)
        .temperatureMoves(0)
        .fullVisits(800)
        .fastVisits(800)
        .fullSearchProbability(1.0)
        .forcedPlayoutsCoefficient(0)
        .policyTargetPruning(false)
        .leavesInFlight(16)
        .finalMoveSelection(MoveSelection.LCB)
        .build();
  }

  /**
   * The budget these parameters give one move: {@code fullVisits} (or {@code fastVisits} for a
   * fast search) and {@code timePerMove}.
   */
  public MoveBudget budget(boolean full) {
    return new MoveBudget(full ? fullVisits : fastVisits, timePerMove);
  }

  /** The move-choice temperature at ply {@code moveNumber}; 0 means argmax. */
  public double temperatureAt(int moveNumber) {
    if (moveNumber >= temperatureMoves || temperatureEarly == 0) {
      return 0;
    }
    return temperatureEarly * Math.pow(0.5, moveNumber / temperatureHalflifeMoves);
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }

  private static void range(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], got " + value);
    }
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }

  /** Mutable copy of a {@link SearchParams}; {@link #build()} validates. */
  public static final class Builder {
    private double cPuct;
    private double fpuReduction;
    private double rootFpuReduction;
    private boolean rootNoise;
    private double noiseConcentration;
    private double noiseWeight;
    private double temperatureEarly;
    private double temperatureHalflifeMoves;
    private int temperatureMoves;
    private int fullVisits;
    private int fastVisits;
    private double fullSearchProbability;
    private double forcedPlayoutsCoefficient;
    private boolean policyTargetPruning;
    private double resignThreshold;
    private int resignConsecutiveMoves;
    private double resignDisabledShare;
    private double virtualLoss;
    private int leavesInFlight;
    private int maxNodes;
    private boolean treeReuse;
    private MoveSelection finalMoveSelection;
    private double lcbStdevs;
    private double lcbMinVisitShare;
    private Duration timePerMove;

    private Builder(SearchParams p) {
      cPuct = p.cPuct;
      fpuReduction = p.fpuReduction;
      rootFpuReduction = p.rootFpuReduction;
      rootNoise = p.rootNoise;
      noiseConcentration = p.noiseConcentration;
      noiseWeight = p.noiseWeight;
      temperatureEarly = p.temperatureEarly;
      temperatureHalflifeMoves = p.temperatureHalflifeMoves;
      temperatureMoves = p.temperatureMoves;
      fullVisits = p.fullVisits;
      fastVisits = p.fastVisits;
      fullSearchProbability = p.fullSearchProbability;
      forcedPlayoutsCoefficient = p.forcedPlayoutsCoefficient;
      policyTargetPruning = p.policyTargetPruning;
      resignThreshold = p.resignThreshold;
      resignConsecutiveMoves = p.resignConsecutiveMoves;
      resignDisabledShare = p.resignDisabledShare;
      virtualLoss = p.virtualLoss;
      leavesInFlight = p.leavesInFlight;
      maxNodes = p.maxNodes;
      treeReuse = p.treeReuse;
      finalMoveSelection = p.finalMoveSelection;
      lcbStdevs = p.lcbStdevs;
      lcbMinVisitShare = p.lcbMinVisitShare;
      timePerMove = p.timePerMove;
    }

    /** @see SearchParams#cPuct() */
    public Builder cPuct(double v) {
      cPuct = v;
      return this;
    }

    /** @see SearchParams#fpuReduction() */
    public Builder fpuReduction(double v) {
      fpuReduction = v;
      return this;
    }

    /** @see SearchParams#rootFpuReduction() */
    public Builder rootFpuReduction(double v) {
      rootFpuReduction = v;
      return this;
    }

    /** @see SearchParams#rootNoise() */
    public Builder rootNoise(boolean v) {
      rootNoise = v;
      return this;
    }

    /** @see SearchParams#noiseConcentration() */
    public Builder noiseConcentration(double v) {
      noiseConcentration = v;
      return this;
    }

    /** @see SearchParams#noiseWeight() */
    public Builder noiseWeight(double v) {
      noiseWeight = v;
      return this;
    }

    /** @see SearchParams#temperatureEarly() */
    public Builder temperatureEarly(double v) {
      temperatureEarly = v;
      return this;
    }

    /** @see SearchParams#temperatureHalflifeMoves() */
    public Builder temperatureHalflifeMoves(double v) {
      temperatureHalflifeMoves = v;
      return this;
    }

    /** @see SearchParams#temperatureMoves() */
    public Builder temperatureMoves(int v) {
      temperatureMoves = v;
      return this;
    }

    /** @see SearchParams#fullVisits() */
    public Builder fullVisits(int v) {
      fullVisits = v;
      return this;
    }

    /** @see SearchParams#fastVisits() */
    public Builder fastVisits(int v) {
      fastVisits = v;
      return this;
    }

    /** Sets both {@code fullVisits} and {@code fastVisits} and makes every search full. */
    public Builder visits(int v) {
      fullVisits = v;
      fastVisits = v;
      fullSearchProbability = 1.0;
      return this;
    }

    /** @see SearchParams#fullSearchProbability() */
    public Builder fullSearchProbability(double v) {
      fullSearchProbability = v;
      return this;
    }

    /** @see SearchParams#forcedPlayoutsCoefficient() */
    public Builder forcedPlayoutsCoefficient(double v) {
      forcedPlayoutsCoefficient = v;
      return this;
    }

    /** @see SearchParams#policyTargetPruning() */
    public Builder policyTargetPruning(boolean v) {
      policyTargetPruning = v;
      return this;
    }

    /** @see SearchParams#resignThreshold() */
    public Builder resignThreshold(double v) {
      resignThreshold = v;
      return this;
    }

    /** @see SearchParams#resignConsecutiveMoves() */
    public Builder resignConsecutiveMoves(int v) {
      resignConsecutiveMoves = v;
      return this;
    }

    /** @see SearchParams#resignDisabledShare() */
    public Builder resignDisabledShare(double v) {
      resignDisabledShare = v;
      return this;
    }

    /** @see SearchParams#virtualLoss() */
    public Builder virtualLoss(double v) {
      virtualLoss = v;
      return this;
    }

    /** @see SearchParams#leavesInFlight() */
    public Builder leavesInFlight(int v) {
      leavesInFlight = v;
      return this;
    }

    /** @see SearchParams#maxNodes() */
    public Builder maxNodes(int v) {
      maxNodes = v;
      return this;
    }

    /** @see SearchParams#treeReuse() */
    public Builder treeReuse(boolean v) {
      treeReuse = v;
      return this;
    }

    /** @see SearchParams#finalMoveSelection() */
    public Builder finalMoveSelection(MoveSelection v) {
      finalMoveSelection = v;
      return this;
    }

    /** @see SearchParams#lcbStdevs() */
    public Builder lcbStdevs(double v) {
      lcbStdevs = v;
      return this;
    }

    /** @see SearchParams#lcbMinVisitShare() */
    public Builder lcbMinVisitShare(double v) {
      lcbMinVisitShare = v;
      return this;
    }

    /** @see SearchParams#timePerMove() */
    public Builder timePerMove(Duration v) {
      timePerMove = v;
      return this;
    }

    /** @throws IllegalArgumentException naming the first parameter out of range */
    public SearchParams build() {
      return new SearchParams(
          cPuct, fpuReduction, rootFpuReduction, rootNoise, noiseConcentration, noiseWeight,
          temperatureEarly, temperatureHalflifeMoves, temperatureMoves, fullVisits, fastVisits,
          fullSearchProbability, forcedPlayoutsCoefficient, policyTargetPruning, resignThreshold,
          resignConsecutiveMoves, resignDisabledShare, virtualLoss, leavesInFlight, maxNodes,
          treeReuse, finalMoveSelection, lcbStdevs, lcbMinVisitShare, timePerMove);
    }
  }
}
