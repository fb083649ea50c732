package dev.tengen.trainer;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.selfplay.record.GameRecord;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Self-play-shaped records without a search, for the benchmark: random legal moves for
 * {@code plies} plies then two passes, a full search on a quarter of the moves (as playout cap
 * randomization does), and for each move a sparse visit distribution over the move played and up
 * to 24 other legal moves.
 */
final class SyntheticRecords {
  private SyntheticRecords() {}

  static GameRecord game(long id, int size, int plies, SplittableRandom random) {
    Game game = new Game(size, Rules.DEFAULT);
    GameRecord.Builder builder = GameRecord.builder(id, size, Rules.DEFAULT);
    int actions = size * size + 1;
    boolean[] legal = new boolean[actions];
    int[] candidates = new int[actions];
    int[] targetActions = new int[25];
    float[] targetProbabilities = new float[25];
    while (!game.isOver()) {
      game.legalActions(legal);
      int count = 0;
      for (int a = 0; a < actions - 1; a++) {
        if (legal[a]) {
          candidates[count++] = a;
        }
      }
      int action = game.moveNumber() >= plies || count == 0
          ? actions - 1 : candidates[random.nextInt(count)];
      int entries = 0;
      targetActions[entries++] = action;
      for (int k = 0; k < 24 && count > 0; k++) {
        int other = candidates[random.nextInt(count)];
        boolean seen = false;
        for (int e = 0; e < entries; e++) {
          seen |= targetActions[e] == other;
        }
        if (!seen) {
          targetActions[entries++] = other;
        }
      }
      Arrays.sort(targetActions, 0, entries);
      float total = 0;
      for (int e = 0; e < entries; e++) {
        targetProbabilities[e] = 1 + random.nextInt(16);
        total += targetProbabilities[e];
      }
      for (int e = 0; e < entries; e++) {
        targetProbabilities[e] /= total;
      }
      boolean full = random.nextInt(4) == 0;
      builder.addMove(action, "synthetic", full, 0f, full ? 600 : 100, 50, targetActions,
          targetProbabilities, entries);
      game.play(action);
    }
    return builder.build(game.result());
  }
}
