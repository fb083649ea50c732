package dev.tengen.cli.engine;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Move;
import dev.tengen.mcts.MoveBudget;
import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.ResignationTracker;
import dev.tengen.mcts.Search;
import dev.tengen.mcts.SearchDriver;
import dev.tengen.mcts.SearchInfo;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The agent behind {@code tengen gtp} and {@code tengen play}: PUCT search (match parameters:
 * no noise, no temperature) over a {@link PolicyValue}, one move at a time, with tree reuse
 * between moves and resignation.
 *
 * <p>Tree reuse: the search's root follows the {@link GoSession}. When the session only gained
 * moves since the last search (same {@link GoSession#generation()}), the search advances along
 * them and keeps the subtree; anything else (undo, new board, komi, setup, an out-of-turn move)
 * starts a fresh tree. Each move gets its own {@link MoveBudget} ({@code fullVisits} and the
 * clock's thinking time, or {@link SearchParams#timePerMove()} without a clock), so timed games
 * reuse the tree too.
 *
 * <p>Resignation: the side to move resigns when its root value stays below
 * {@link SearchParams#resignThreshold()} for {@link SearchParams#resignConsecutiveMoves()} of
 * its own moves in a row; {@link #newGame()} resets the count.
 *
 * <p>Not thread-safe: one GTP or terminal session drives it.
 */
public final class SearchPlayer {
  private final PolicyValue evaluator;
  private final SearchParams params;
  private final RandomGenerator rng;
  private final int batchCapacity;
  private final boolean resignAllowed;
  private SearchDriver driver;
  private int driverSize = -1;
  private Search search;
  private int searchGeneration = -1;
  private int searchMoveCount;
  private ResignationTracker resignation;

  /**
   * @param evaluator the network (or {@code UniformPolicyValue} before any training)
   * @param params match parameters; {@code fullVisits} is the visits per move when untimed
   * @param rng randomness for the search (ties, draws); seed it for reproducible play
   * @param resignAllowed false to never resign
   */
  public SearchPlayer(PolicyValue evaluator, SearchParams params, RandomGenerator rng,
      boolean resignAllowed) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.params = Objects.requireNonNull(params, "params");
    this.rng = Objects.requireNonNull(rng, "rng");
    this.batchCapacity = params.leavesInFlight();
    this.resignAllowed = resignAllowed;
    newGame();
  }

  /** The match parameters. */
  public SearchParams params() {
    return params;
  }

  /** Forgets the resignation count (a new game starts). */
  public void newGame() {
    resignation = new ResignationTracker(
        params.resignThreshold(), params.resignConsecutiveMoves(), resignAllowed);
  }

  /**
   * Searches the move for {@code session}'s side to move; does not play it.
   *
   * @param timeBudget the clock's thinking time for this move, at most {@code fullVisits};
   *     {@link Duration#ZERO} without a clock ({@code fullVisits} and {@link
   *     SearchParams#timePerMove()}, whichever comes first)
   * @throws IllegalStateException if the session's game is over
   */
  public Decision decide(GoSession session, Duration timeBudget) {
    return decide(session, session.toMove(), timeBudget);
  }

  /**
   * Searches the move for {@code color} (GTP {@code genmove} may ask for either colour); does
   * not play it. A colour that is not to move searches the position with that colour to move.
   */
  public Decision decide(GoSession session, Color color, Duration timeBudget) {
    long start = System.nanoTime();
    Search current = searchFor(session, color);
    SearchResult result = driver(session.size()).searchMove(current, budget(timeBudget));
    SearchInfo info = current.info();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    boolean resign = result.action() != session.game().passAction()
        && resignation.shouldResign(color, session.moves().size(), result.rootValue());
    return new Decision(result.action(), resign, info, elapsed);
  }

  /**
   * Analyses {@code color}'s move in {@code session}'s position until {@code stop} turns true,
   * handing a snapshot of the root's statistics to {@code sink} about every {@code interval}.
   * Uses a search of its own (unbounded visits), so analysis does not disturb tree reuse.
   */
  public void analyze(GoSession session, Color color, Duration interval,
      Consumer<SearchInfo> sink, BooleanSupplier stop) {
    Game position = session.positionFor(color);
    if (position.isOver()) {
      return;
    }
    SearchParams analysis = params.toBuilder()
        .visits(Integer.MAX_VALUE / 4)
        .timePerMove(Duration.ZERO)
        .build();
    Search explorer = new Search(position, analysis, rng);
    explorer.startMove(true);
    SearchDriver analysisDriver = driver(session.size());
    List<Search> one = List.of(explorer);
    long intervalNanos = Math.max(1, interval.toNanos());
    long next = System.nanoTime() + intervalNanos;
    while (!stop.getAsBoolean() && !explorer.isFinished()) {
      analysisDriver.step(one);
      if (System.nanoTime() >= next) {
        sink.accept(explorer.info());
        next = System.nanoTime() + intervalNanos;
      }
    }
  }

  private SearchDriver driver(int size) {
    if (driver == null || driverSize != size) {
      driver = new SearchDriver(evaluator, size, batchCapacity);
      driverSize = size;
    }
    return driver;
  }

  /** This move's budget: the clock's thinking time if any, else the configured time per move. */
  private MoveBudget budget(Duration clockBudget) {
    return clockBudget.isZero()
        ? params.budget(true)
        : new MoveBudget(params.fullVisits(), clockBudget);
  }

  /** The search for this move: the kept tree advanced along new moves, or a fresh one. */
  private Search searchFor(GoSession session, Color color) {
    boolean ownTurn = color == session.toMove() && !session.game().isOver();
    List<Move> moves = session.moves();
    boolean reusable = ownTurn
        && search != null
        && searchGeneration == session.generation()
        && searchMoveCount <= moves.size()
        && search.boardSize() == session.size();
    if (reusable) {
      for (int i = searchMoveCount; i < moves.size(); i++) {
        search.advance(moves.get(i).action());
      }
    } else {
      search = new Search(session.positionFor(color), params, rng);
    }
    searchGeneration = ownTurn ? session.generation() : -1;
    searchMoveCount = moves.size();
    return search;
  }
}
