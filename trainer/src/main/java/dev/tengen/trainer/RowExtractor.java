package dev.tengen.trainer;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.GameResult;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;

/**
 * Turns a self-play {@link GameRecord} into the {@link WindowGame} the replay window keeps,
 * computing each row's targets once, at ingest. A row is a position before a move: every move
 * that had a <b>full search</b> is a row with a policy target (policy weight 1); a move chosen by
 * a fast search (playout cap randomization) is, with {@code valueOnlyFastSearchPositions}, a
 * <b>value-only</b> row (policy weight 0, no policy target: its few-visit distribution is a poor
 * policy target, but its value and ownership targets are as good as any, as in KataGo), and
 * without it is not a row at all.
 *
 * <ul>
 *   <li><b>policy</b>: the move's visit distribution, renormalised to sum to 1;
 *   <li><b>value</b>: the game's result for the side to move (1 win, -1 loss, 0 draw), blended
 *       with the search's root value as {@code (1 - w) * result + w * rootValue};
 *   <li><b>ownership</b>: the Tromp-Taylor ownership of the final position (no dead-stone
 *       removal; after a resignation, of the position at resignation), stored from Black's view
 *       and turned to the side to move's view when sampled.
 * </ul>
 *
 * The record is replayed with the rules engine here ({@link RecordReplay}: legal moves, the
 * recorded result), and every policy target is checked to lie on legal moves, so a bad record is
 * caught at ingest with its queue index, never in the middle of a training step. The record's
 * feature version is not consulted: features are re-encoded from the moves by the network being
 * trained. Costs two replays of the game.
 */
public final class RowExtractor {
  private final int boardSize;
  private final double rootValueWeight;
  private final boolean valueOnlyFastSearchPositions;

  /**
   * An extractor that skips fast-search moves (full-search rows only).
   *
   * @see #RowExtractor(int, double, boolean)
   */
  public RowExtractor(int boardSize, double rootValueWeight) {
    this(boardSize, rootValueWeight, false);
  }

  /**
   * @param boardSize the board size of the network being trained; records of another size are
   *     refused
   * @param rootValueWeight weight {@code w} in [0, 1] of the root value in the value target
   * @param valueOnlyFastSearchPositions whether fast-search moves become value-only rows (policy
   *     weight 0) rather than being skipped
   */
  public RowExtractor(int boardSize, double rootValueWeight, boolean valueOnlyFastSearchPositions) {
    if (!(rootValueWeight >= 0 && rootValueWeight <= 1)) {
      throw new IllegalArgumentException("rootValueWeight must be in [0, 1], got " + rootValueWeight);
    }
    this.boardSize = boardSize;
    this.rootValueWeight = rootValueWeight;
    this.valueOnlyFastSearchPositions = valueOnlyFastSearchPositions;
  }

  /**
   * Extracts the rows of {@code record}, read at {@code queueIndex}.
   *
   * @throws UnusableRecordException if the record is of another board size, does not replay
   *     (illegal move, wrong result), or has a full-search move whose policy target is empty or
   *     puts mass on an illegal move (the message names the move)
   */
  public WindowGame extract(GameRecord record, long queueIndex) {
    if (record.boardSize() != boardSize) {
      throw new UnusableRecordException(
          queueIndex,
          "board size " + record.boardSize() + " but the network plays " + boardSize + "x" + boardSize);
    }
    Game finished;
    try {
      finished = RecordReplay.replay(record);
    } catch (RuntimeException e) {
      throw new UnusableRecordException(queueIndex, e.getMessage(), e);
    }
    int[] stones = new int[boardSize * boardSize];
    for (int point = 0; point < stones.length; point++) {
      stones[point] = finished.stoneAt(point);
    }
    byte[] ownership = TrompTaylorOwnership.blackView(stones, boardSize);

    int moves = record.moveCount();
    int rows = 0;
    int entries = 0;
    for (int i = 0; i < moves; i++) {
      if (record.fullSearch(i)) {
        rows++;
        entries += record.policySize(i);
      } else if (valueOnlyFastSearchPositions) {
        rows++;
      }
    }
    int[] actions = new int[moves];
    int[] rowPly = new int[rows];
    float[] rowValue = new float[rows];
    int[] policyStart = new int[rows + 1];
    short[] policyAction = new short[entries];
    float[] policyProbability = new float[entries];
    GameResult result = record.result();
    Game game = new Game(boardSize, record.rules(), record.moveCap());
    int row = 0;
    int entry = 0;
    for (int i = 0; i < moves; i++) {
      actions[i] = record.action(i);
      boolean full = record.fullSearch(i);
      if (full || valueOnlyFastSearchPositions) {
        Color mover = record.colorAt(i);
        rowPly[row] = i;
        rowValue[row] =
            (float) ((1 - rootValueWeight) * result.valueFor(mover) + rootValueWeight * record.rootValue(i));
      }
      if (!full && valueOnlyFastSearchPositions) {
        policyStart[row + 1] = entry; // no policy entries: a value-only row
        row++;
      } else if (full) {
        int size = record.policySize(i);
        double mass = 0;
        for (int j = 0; j < size; j++) {
          int action = record.policyAction(i, j);
          float probability = record.policyProbability(i, j);
          if (probability > 0 && !game.isLegal(action)) {
            throw new UnusableRecordException(
                queueIndex, "move " + i + "'s policy target puts " + probability
                    + " on the illegal action " + action);
          }
          mass += probability;
        }
        if (!(mass > 0)) {
          throw new UnusableRecordException(
              queueIndex, "move " + i + " had a full search but its policy target is empty");
        }
        for (int j = 0; j < size; j++) {
          policyAction[entry] = (short) record.policyAction(i, j);
          policyProbability[entry] = (float) (record.policyProbability(i, j) / mass);
          entry++;
        }
        policyStart[row + 1] = entry;
        row++;
      }
      game.play(actions[i]);
    }
    return new WindowGame(
        queueIndex,
        boardSize,
        record.rules(),
        record.moveCap(),
        actions,
        rowPly,
        rowValue,
        policyStart,
        policyAction,
        policyProbability,
        ownership);
  }
}
