package dev.tengen.trainer;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.Arrays;

/**
 * One game as the replay window keeps it (Black moves first from the empty board, as in every
 * self-play record): the plies to replay a position from (history features
 * need the earlier boards, so positions are re-encoded from a replay at sample time rather than
 * stored as feature planes), and the training rows taken from it with their targets. Compact:
 * about 12 bytes per row plus 6 bytes per visited action, 4 bytes per ply and one byte per point.
 *
 * <p>Immutable once built (the arrays are owned and never exposed); built by {@link RowExtractor}.
 */
public final class WindowGame {
  private final long queueIndex;
  private final int boardSize;
  private final Rules rules;
  private final int moveCap;
  private final int[] actions;
  private final int[] rowPly;
  private final float[] rowValue;
  private final int[] policyStart;
  private final short[] policyAction;
  private final float[] policyProbability;
  private final byte[] finalOwnershipBlack;

  /**
   * @param queueIndex the games-queue index the record was read at
   * @param actions every ply played (pass included), in order
   * @param rowPly for each row, the number of plies played before its position
   * @param rowValue for each row, the value target from the side to move's view, in [-1, 1]
   * @param policyStart row r's policy target is entries {@code [policyStart[r], policyStart[r+1])};
   *     an empty range marks a value-only row (a fast-search move, policy weight 0)
   * @param policyAction the policy targets' actions
   * @param policyProbability the policy targets' probabilities (each row's sum to 1)
   * @param finalOwnershipBlack per point of the final position: 1 Black's area, -1 White's, 0
   *     neither (Tromp-Taylor)
   */
  WindowGame(
      long queueIndex,
      int boardSize,
      Rules rules,
      int moveCap,
      int[] actions,
      int[] rowPly,
      float[] rowValue,
      int[] policyStart,
      short[] policyAction,
      float[] policyProbability,
      byte[] finalOwnershipBlack) {
    this.queueIndex = queueIndex;
    this.boardSize = boardSize;
    this.rules = rules;
    this.moveCap = moveCap;
    this.actions = actions;
    this.rowPly = rowPly;
    this.rowValue = rowValue;
    this.policyStart = policyStart;
    this.policyAction = policyAction;
    this.policyProbability = policyProbability;
    this.finalOwnershipBlack = finalOwnershipBlack;
  }

  public long queueIndex() {
    return queueIndex;
  }

  public int boardSize() {
    return boardSize;
  }

  /** Number of training rows taken from this game. */
  public int rows() {
    return rowPly.length;
  }

  /** Plies played before row {@code row}'s position. */
  public int ply(int row) {
    return rowPly[row];
  }

  /** Row {@code row}'s value target, side to move's view. */
  public float value(int row) {
    return rowValue[row];
  }

  /**
   * Row {@code row}'s policy-loss weight: 1 for a full-search row, 0 for a value-only row (a
   * fast-search move, which has no policy target).
   */
  public float policyWeight(int row) {
    return policyStart[row + 1] > policyStart[row] ? 1f : 0f;
  }

  /**
   * Writes row {@code row}'s policy target into {@code out[0..size*size+1)} (zeros everywhere
   * else); all zeros for a value-only row.
   */
  public void policy(int row, float[] out) {
    Arrays.fill(out, 0, boardSize * boardSize + 1, 0f);
    for (int i = policyStart[row]; i < policyStart[row + 1]; i++) {
      out[policyAction[i]] = policyProbability[i];
    }
  }

  /**
   * Writes the final position's ownership from the view of the player to move at row
   * {@code row} into {@code out[0..size*size)}: 1 theirs, -1 the opponent's, 0 neither.
   */
  public void ownership(int row, float[] out) {
    int sign = rowPly[row] % 2 == 0 ? 1 : -1; // Black moves at even plies
    for (int i = 0; i < finalOwnershipBlack.length; i++) {
      out[i] = sign * finalOwnershipBlack[i];
    }
  }

  /**
   * A new game replayed to row {@code row}'s position, with the whole history before it. Costs
   * one board allocation and {@code ply(row)} moves.
   */
  public Game replay(int row) {
    Game game = new Game(boardSize, rules, moveCap);
    int plies = rowPly[row];
    for (int i = 0; i < plies; i++) {
      game.play(actions[i]);
    }
    return game;
  }

  /**
   * Folds row {@code row}'s identity and targets into {@code hash} (FNV-1a over its ply, value
   * bits and policy entries, plus the game's queue index); used to prove two windows hold the
   * same contents.
   */
  long digestRow(int row, long hash) {
    hash = mix(hash, queueIndex);
    hash = mix(hash, rowPly[row]);
    hash = mix(hash, Float.floatToIntBits(rowValue[row]));
    for (int i = policyStart[row]; i < policyStart[row + 1]; i++) {
      hash = mix(hash, policyAction[i]);
      hash = mix(hash, Float.floatToIntBits(policyProbability[i]));
    }
    return hash;
  }

  private static long mix(long hash, long value) {
    for (int shift = 0; shift < 64; shift += 8) {
      hash ^= (value >>> shift) & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
