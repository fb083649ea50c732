package dev.tengen.selfplay.actor;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.PolicyTarget;
import dev.tengen.mcts.ResignationTracker;
import dev.tengen.mcts.Search;
import dev.tengen.mcts.SearchResult;
import dev.tengen.selfplay.record.GameRecord;

/**
 * One game in progress on a self-play thread: the game, its search, its resignation tracker,
 * the record being built and the model its current move is searched with.
 */
final class GameSlot {

  final Game game;
  final Search search;
  final ResignationTracker resignation;
  final GameRecord.Builder record;
  LoadedModel model;
  private final int[] targetActions;
  private final float[] targetProbabilities;

  GameSlot(Game game, Search search, ResignationTracker resignation, GameRecord.Builder record,
      LoadedModel model) {
    this.game = game;
    this.search = search;
    this.resignation = resignation;
    this.record = record;
    this.model = model;
    this.targetActions = new int[game.numActions()];
    this.targetProbabilities = new float[game.numActions()];
  }

  /**
   * Handles a finished search: the mover resigns (returns false without playing) or the chosen
   * move is recorded (not yet played). Rules time is counted by the caller.
   *
   * @return true if a move was played, false if the mover resigned
   */
  boolean resignOrRecord(SearchResult result, int chosenVisits) {
    Color mover = game.toMove();
    int ply = game.moveNumber();
    boolean resign = resignation.shouldResign(mover, ply, result.rootValue());
    if (!resignation.enabled() && resignation.wouldHaveResigned(mover)) {
      record.wouldResign(resignation.wouldResignAtMove(mover), mover); // only the first counts
    }
    if (resign) {
      game.resign(mover);
      return false;
    }
    PolicyTarget target = result.policyTarget();
    long total = target.total();
    int entries = total > 0 ? target.size() : 0;
    for (int j = 0; j < entries; j++) {
      targetActions[j] = target.action(j);
      targetProbabilities[j] = (float) ((double) target.count(j) / total);
    }
    float value = (float) Math.max(-1.0, Math.min(1.0, result.rootValue()));
    record.addMove(result.action(), model.modelId(), result.fullSearch(), value,
        result.rootVisits(), chosenVisits, targetActions, targetProbabilities, entries);
    return true;
  }
}
