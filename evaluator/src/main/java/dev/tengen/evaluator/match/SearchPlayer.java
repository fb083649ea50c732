package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.ResignationTracker;
import dev.tengen.mcts.Search;
import dev.tengen.mcts.SearchDriver;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.SearchResult;
import java.util.Random;

/**
 * Tengen's own search as an in-process player: a {@link Search} over the player's game, driven by
 * a {@link SearchDriver} whose batch goes to the shared {@link PolicyValue} (the network module
 * merges the batches of all game threads into one network call). Moves of either side advance
 * the search, keeping the subtree (tree reuse). Resigns, when allowed, as self-play does: the
 * root value below {@link SearchParams#resignThreshold()} for {@link
 * SearchParams#resignConsecutiveMoves()} own moves in a row.
 */
public final class SearchPlayer extends InProcessPlayer {

  private final PolicyValue evaluator;
  private final SearchParams params;
  private final boolean resignAllowed;
  private final Random random;
  private Search search;
  private SearchDriver driver;
  private int driverSize = -1;
  private ResignationTracker resignation;

  /**
   * @param name the player's name
   * @param evaluator the network (or any evaluator)
   * @param params the search parameters (usually {@link SearchParams#match()} with some visits)
   * @param resignAllowed whether the player may resign
   * @param random the randomness of the search (seeded by the caller)
   */
  public SearchPlayer(
      String name, PolicyValue evaluator, SearchParams params, boolean resignAllowed,
      Random random) {
    super(name);
    this.evaluator = evaluator;
    this.params = params;
    this.resignAllowed = resignAllowed;
    this.random = random;
  }

  @Override
  protected void onNewGame(Game game) {
    search = new Search(game, params, random);
    if (driverSize != game.size()) {
      driver = new SearchDriver(evaluator, game.size(), params.leavesInFlight());
      driverSize = game.size();
    }
    resignation =
        new ResignationTracker(
            params.resignThreshold(), params.resignConsecutiveMoves(), resignAllowed);
  }

  @Override
  protected void onPlayed(Color color, int action) {
    search.advance(action);
  }

  @Override
  protected PlayerMove choose(Game position) {
    SearchResult r = driver.searchMove(search);
    if (resignation.shouldResign(position.toMove(), position.moveNumber(), r.rootValue())) {
      return PlayerMove.resignation();
    }
    return PlayerMove.of(r.action());
  }
}
