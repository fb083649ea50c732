package dev.tengen.selfplay.record;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.GameResult;
import dev.tengen.games.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One finished self-play game with everything training and analysis need, stored in flat
 * arrays: the moves, and for each move the model that chose it, the search's root value, its
 * visits and the sparse policy target.
 *
 * <p>Immutable; the constructor-free {@link Builder} validates everything once. Per-move data is
 * read through indexed accessors ({@link #action(int)}, {@link #policyAction(int, int)} ...)
 * that neither copy nor box, so a trainer can walk millions of positions without garbage.
 *
 * <p>Conventions: Black moves first (self-play has no handicap); actions follow the contract
 * ({@code y * size + x}, pass = {@code size * size}); a resignation is not a move (the result says
 * who resigned: the loser); root values are from the side to move at that move, in [-1, 1].
 *
 * <p><b>Game ids</b> are unique across actor processes: see {@link GameIds}.
 *
 * <p><b>False-resignation check</b>: in a game with {@link #resignationDisabled()}, the actor
 * records the first ply at which a player <em>would</em> have resigned ({@link
 * #wouldResignPly()}, {@link #wouldResignColor()}); {@link #falseResignation()} tells whether that
 * player went on to win anyway.
 */
public final class GameRecord {

  /** Most models one game may name (model changes happen at move boundaries, rarely). */
  public static final int MAX_MODELS = 255;

  private final long gameId;
  private final long startMillis;
  private final long endMillis;
  private final int boardSize;
  private final Rules rules;
  private final int moveCap;
  private final int featureVersion;
  private final GameResult result;
  private final boolean resignationDisabled;
  private final int wouldResignPly;
  private final Color wouldResignColor;
  private final List<String> models;
  private final int[] actions;
  private final byte[] modelIndex;
  private final boolean[] fullSearch;
  private final float[] rootValues;
  private final int[] rootVisits;
  private final int[] chosenVisits;
  private final int[] policyStart; // moves + 1 entries
  private final short[] policyActions;
  private final float[] policyProbabilities;

  private GameRecord(Builder b) {
    this.gameId = b.gameId;
    this.startMillis = b.startMillis;
    this.endMillis = b.endMillis;
    this.boardSize = b.boardSize;
    this.rules = b.rules;
    this.moveCap = b.moveCap;
    this.featureVersion = b.featureVersion;
    this.result = b.result;
    this.resignationDisabled = b.resignationDisabled;
    this.wouldResignPly = b.wouldResignPly;
    this.wouldResignColor = b.wouldResignColor;
    this.models = List.copyOf(b.models);
    int n = b.moveCount;
    this.actions = Arrays.copyOf(b.actions, n);
    this.modelIndex = Arrays.copyOf(b.modelIndex, n);
    this.fullSearch = Arrays.copyOf(b.fullSearch, n);
    this.rootValues = Arrays.copyOf(b.rootValues, n);
    this.rootVisits = Arrays.copyOf(b.rootVisits, n);
    this.chosenVisits = Arrays.copyOf(b.chosenVisits, n);
    this.policyStart = Arrays.copyOf(b.policyStart, n + 1);
    int entries = b.policyStart[n];
    this.policyActions = Arrays.copyOf(b.policyActions, entries);
    this.policyProbabilities = Arrays.copyOf(b.policyProbabilities, entries);
  }

  /** A builder for a game on a board of {@code boardSize} under {@code rules}. */
  public static Builder builder(long gameId, int boardSize, Rules rules) {
    return new Builder(gameId, boardSize, rules);
  }

  /** Unique id of the game (see {@link GameIds}). */
  public long gameId() {
    return gameId;
  }

  /** When the game started, epoch milliseconds. */
  public long startMillis() {
    return startMillis;
  }

  /** When the game ended, epoch milliseconds. */
  public long endMillis() {
    return endMillis;
  }

  /** Board size, 2 to 25. */
  public int boardSize() {
    return boardSize;
  }

  /** Ko rule, suicide rule and komi of the game. */
  public Rules rules() {
    return rules;
  }

  /** The move cap the game was played with. */
  public int moveCap() {
    return moveCap;
  }

  /** Version of the network's input features of the models that played (0 for none). */
  public int featureVersion() {
    return featureVersion;
  }

  /** Winner, margin and how the game ended. */
  public GameResult result() {
    return result;
  }

  /** Whether resignation was disabled in this game (the false-resignation check). */
  public boolean resignationDisabled() {
    return resignationDisabled;
  }

  /**
   * In a game with resignation disabled, the first ply at which a player would have resigned,
   * or -1 if nobody ever would have (always -1 when resignation was enabled).
   */
  public int wouldResignPly() {
    return wouldResignPly;
  }

  /** The player who would have resigned at {@link #wouldResignPly()}, or null if none. */
  public Color wouldResignColor() {
    return wouldResignColor;
  }

  /** True when a player would have resigned and went on to win: a false resignation. */
  public boolean falseResignation() {
    return wouldResignColor != null && result.winner() == wouldResignColor;
  }

  /**
   * The model names of this game in order of first use (empty only for a game without moves);
   * per-move {@link #modelIndex(int)} points into this list.
   */
  public List<String> models() {
    return models;
  }

  /** Number of moves (plies, passes included, resignation not). */
  public int moveCount() {
    return actions.length;
  }

  /** The colour that played move {@code i} (Black plays the even moves). */
  public Color colorAt(int i) {
    checkMove(i);
    return (i & 1) == 0 ? Color.BLACK : Color.WHITE;
  }

  /** The action of move {@code i}. */
  public int action(int i) {
    return actions[i];
  }

  /** Index into {@link #models()} of the model that chose move {@code i}. */
  public int modelIndex(int i) {
    return modelIndex[i] & 0xFF;
  }

  /** Name of the model that chose move {@code i}. */
  public String modelAt(int i) {
    return models.get(modelIndex(i));
  }

  /** Whether move {@code i} came from a full search (a policy training target). */
  public boolean fullSearch(int i) {
    return fullSearch[i];
  }

  /** The search's root value before move {@code i}, for the player of move {@code i}, in [-1, 1]. */
  public float rootValue(int i) {
    return rootValues[i];
  }

  /** Visits of the root of the search that chose move {@code i} (reused visits included). */
  public int rootVisits(int i) {
    return rootVisits[i];
  }

  /** Raw visits of the child that was played at move {@code i}. */
  public int chosenVisits(int i) {
    return chosenVisits[i];
  }

  /** Number of non-zero entries of move {@code i}'s policy target. */
  public int policySize(int i) {
    return policyStart[i + 1] - policyStart[i];
  }

  /** Action of the {@code j}-th non-zero entry of move {@code i}'s policy target (increasing in j). */
  public int policyAction(int i, int j) {
    return policyActions[policyEntry(i, j)];
  }

  /** Probability of the {@code j}-th non-zero entry of move {@code i}'s policy target. */
  public float policyProbability(int i, int j) {
    return policyProbabilities[policyEntry(i, j)];
  }

  /**
   * Writes move {@code i}'s policy target densely: {@code out[0..size*size]} gets the
   * probabilities, zero where the target has no entry. No allocation.
   *
   * @throws IllegalArgumentException if {@code out} is shorter than {@code size * size + 1}
   */
  public void policyInto(int i, float[] out) {
    int count = Actions.count(boardSize);
    if (out.length < count) {
      throw new IllegalArgumentException(
          "policy buffer of " + out.length + " floats, need " + count);
    }
    Arrays.fill(out, 0, count, 0f);
    for (int e = policyStart[i]; e < policyStart[i + 1]; e++) {
      out[policyActions[e]] = policyProbabilities[e];
    }
  }

  /** Total number of sparse policy entries over all moves. */
  public int policyEntryCount() {
    return policyActions.length;
  }

  private int policyEntry(int i, int j) {
    int e = policyStart[i] + j;
    if (j < 0 || e >= policyStart[i + 1]) {
      throw new IndexOutOfBoundsException(
          "policy entry " + j + " of move " + i + " (it has " + policySize(i) + ")");
    }
    return e;
  }

  private void checkMove(int i) {
    if (i < 0 || i >= actions.length) {
      throw new IndexOutOfBoundsException("move " + i + " of a game of " + actions.length);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GameRecord)) {
      return false;
    }
    GameRecord r = (GameRecord) o;
    return gameId == r.gameId && startMillis == r.startMillis && endMillis == r.endMillis
        && boardSize == r.boardSize && rules.equals(r.rules) && moveCap == r.moveCap
        && featureVersion == r.featureVersion && result.equals(r.result)
        && resignationDisabled == r.resignationDisabled && wouldResignPly == r.wouldResignPly
        && wouldResignColor == r.wouldResignColor && models.equals(r.models)
        && Arrays.equals(actions, r.actions) && Arrays.equals(modelIndex, r.modelIndex)
        && Arrays.equals(fullSearch, r.fullSearch) && Arrays.equals(rootValues, r.rootValues)
        && Arrays.equals(rootVisits, r.rootVisits) && Arrays.equals(chosenVisits, r.chosenVisits)
        && Arrays.equals(policyStart, r.policyStart)
        && Arrays.equals(policyActions, r.policyActions)
        && Arrays.equals(policyProbabilities, r.policyProbabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gameId, boardSize, result, Arrays.hashCode(actions),
        Arrays.hashCode(rootValues), Arrays.hashCode(policyProbabilities));
  }

  @Override
  public String toString() {
    return "GameRecord{id=" + Long.toHexString(gameId) + ", " + boardSize + "x" + boardSize
        + ", " + rules + ", moves=" + actions.length + ", result=" + result + ", models="
        + models + (resignationDisabled ? ", resignation disabled" : "") + "}";
  }

  /**
   * Accumulates a game move by move, then {@link #build(GameResult)} validates and freezes it.
   * Not thread-safe. {@link #addMove} copies what it is given, so callers may reuse their buffers.
   */
  public static final class Builder {
    private final long gameId;
    private final int boardSize;
    private final Rules rules;
    private long startMillis;
    private long endMillis;
    private int moveCap;
    private int featureVersion;
    private GameResult result;
    private boolean resignationDisabled;
    private int wouldResignPly = -1;
    private Color wouldResignColor;
    private final List<String> models = new ArrayList<>();
    private int moveCount;
    private int[] actions = new int[64];
    private byte[] modelIndex = new byte[64];
    private boolean[] fullSearch = new boolean[64];
    private float[] rootValues = new float[64];
    private int[] rootVisits = new int[64];
    private int[] chosenVisits = new int[64];
    private int[] policyStart = new int[65];
    private short[] policyActions = new short[1024];
    private float[] policyProbabilities = new float[1024];

    private Builder(long gameId, int boardSize, Rules rules) {
      if (boardSize < 2 || boardSize > 25) {
        throw new IllegalArgumentException("board size must be 2 to 25, got " + boardSize);
      }
      this.gameId = gameId;
      this.boardSize = boardSize;
      this.rules = Objects.requireNonNull(rules, "rules");
      this.moveCap = 3 * boardSize * boardSize;
    }

    /** The start time set so far, epoch milliseconds. */
    public long startMillis() {
      return startMillis;
    }

    /** Start and end time, epoch milliseconds. */
    public Builder times(long startMillis, long endMillis) {
      this.startMillis = startMillis;
      this.endMillis = endMillis;
      return this;
    }

    /** The move cap the game was played with (default {@code 3 * size * size}). */
    public Builder moveCap(int moveCap) {
      if (moveCap < 1) {
        throw new IllegalArgumentException("move cap must be positive, got " + moveCap);
      }
      this.moveCap = moveCap;
      return this;
    }

    /** Feature version of the network (0 to 65535). */
    public Builder featureVersion(int featureVersion) {
      if (featureVersion < 0 || featureVersion > 0xFFFF) {
        throw new IllegalArgumentException("feature version must be 0 to 65535, got " + featureVersion);
      }
      this.featureVersion = featureVersion;
      return this;
    }

    /** Marks the game as one where resignation was disabled. */
    public Builder resignationDisabled(boolean disabled) {
      this.resignationDisabled = disabled;
      return this;
    }

    /**
     * Records that {@code color} would have resigned at ply {@code ply} (resignation being
     * disabled). Only the first call counts; later calls are ignored.
     */
    public Builder wouldResign(int ply, Color color) {
      if (wouldResignColor == null) {
        this.wouldResignPly = ply;
        this.wouldResignColor = Objects.requireNonNull(color, "color");
      }
      return this;
    }

    /** Number of distinct models named so far. */
    public int modelCount() {
      return models.size();
    }

    /** Number of moves added so far. */
    public int moveCount() {
      return moveCount;
    }

    /**
     * Appends one move.
     *
     * @param action the action played
     * @param model name of the model that searched it (added to the game's model table if new)
     * @param fullSearchMove whether it was a full search (a policy target)
     * @param rootValue root value for the player to move, in [-1, 1]
     * @param visits root visits of the search
     * @param chosen raw visits of the played child
     * @param targetActions actions of the policy target's non-zero entries, {@code [0, entries)}
     * @param targetProbabilities their probabilities
     * @param entries number of entries used from the two arrays
     * @throws IllegalArgumentException naming the move and the bad value
     */
    public Builder addMove(int action, String model, boolean fullSearchMove, float rootValue,
        int visits, int chosen, int[] targetActions, float[] targetProbabilities, int entries) {
      int ply = moveCount;
      int actionCount = Actions.count(boardSize);
      if (action < 0 || action >= actionCount) {
        throw new IllegalArgumentException("move " + ply + ": action " + action
            + " out of range for " + boardSize + "x" + boardSize);
      }
      if (!(rootValue >= -1f && rootValue <= 1f)) {
        throw new IllegalArgumentException("move " + ply + ": root value " + rootValue
            + " not in [-1, 1]");
      }
      if (visits < 0 || chosen < 0) {
        throw new IllegalArgumentException("move " + ply + ": negative visits " + visits + "/" + chosen);
      }
      if (entries < 0 || entries > actionCount || entries > targetActions.length
          || entries > targetProbabilities.length) {
        throw new IllegalArgumentException("move " + ply + ": " + entries + " policy entries");
      }
      int modelSlot = models.indexOf(Objects.requireNonNull(model, "model"));
      if (modelSlot < 0 && models.size() == MAX_MODELS) {
        throw new IllegalArgumentException("move " + ply + ": more than " + MAX_MODELS + " models");
      }
      int previous = -1;
      for (int j = 0; j < entries; j++) {
        int a = targetActions[j];
        float p = targetProbabilities[j];
        if (a <= previous || a >= actionCount) {
          throw new IllegalArgumentException("move " + ply + ": policy actions must increase within [0, "
              + actionCount + "), got " + a + " after " + previous);
        }
        if (!(p >= 0f && p <= 1f)) {
          throw new IllegalArgumentException("move " + ply + ": policy probability " + p
              + " of action " + a + " not in [0, 1]");
        }
        previous = a;
      }
      if (modelSlot < 0) {
        models.add(model);
        modelSlot = models.size() - 1;
      }
      growMoves(ply + 1);
      int base = policyStart[ply];
      growEntries(base + entries);
      for (int j = 0; j < entries; j++) {
        policyActions[base + j] = (short) targetActions[j];
        policyProbabilities[base + j] = targetProbabilities[j];
      }
      actions[ply] = action;
      modelIndex[ply] = (byte) modelSlot;
      fullSearch[ply] = fullSearchMove;
      rootValues[ply] = rootValue;
      rootVisits[ply] = visits;
      chosenVisits[ply] = chosen;
      policyStart[ply + 1] = base + entries;
      moveCount = ply + 1;
      return this;
    }

    /**
     * Validates and returns the record.
     *
     * @throws IllegalArgumentException if no model was named, the would-resign ply is out of
     *     range, or it is set although resignation was enabled
     */
    public GameRecord build(GameResult gameResult) {
      this.result = Objects.requireNonNull(gameResult, "result");
      if (wouldResignColor != null) {
        if (!resignationDisabled) {
          throw new IllegalArgumentException(
              "game " + Long.toHexString(gameId) + ": would-resign recorded but resignation was enabled");
        }
        if (wouldResignPly < 0 || wouldResignPly > moveCount) {
          throw new IllegalArgumentException("game " + Long.toHexString(gameId)
              + ": would-resign ply " + wouldResignPly + " outside 0.." + moveCount);
        }
      }
      if (gameResult.reason() == EndReason.RESIGNATION && resignationDisabled) {
        throw new IllegalArgumentException("game " + Long.toHexString(gameId)
            + ": ended by resignation although resignation was disabled");
      }
      return new GameRecord(this);
    }

    private void growMoves(int needed) {
      if (needed <= actions.length) {
        return;
      }
      int size = Math.max(needed, actions.length * 2);
      actions = Arrays.copyOf(actions, size);
      modelIndex = Arrays.copyOf(modelIndex, size);
      fullSearch = Arrays.copyOf(fullSearch, size);
      rootValues = Arrays.copyOf(rootValues, size);
      rootVisits = Arrays.copyOf(rootVisits, size);
      chosenVisits = Arrays.copyOf(chosenVisits, size);
      policyStart = Arrays.copyOf(policyStart, size + 1);
    }

    private void growEntries(int needed) {
      if (needed <= policyActions.length) {
        return;
      }
      int size = Math.max(needed, policyActions.length * 2);
      policyActions = Arrays.copyOf(policyActions, size);
      policyProbabilities = Arrays.copyOf(policyProbabilities, size);
    }
  }
}
