package dev.tengen.mcts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Advances many searches (many games) in one thread, so that their leaves fill one network
 * batch: each {@link #step} gathers leaves from every unfinished search into the driver's one
 * {@link EvalBatch}, evaluates it once, and hands each search its results. KataGo runs 128 games
 * per process this way; with {@code leavesInFlight} 2, 128 games give batches of up to 256.
 *
 * <p>Run several drivers on several threads for more throughput, each with its own batch (the
 * network implementation merges the batches of concurrent threads). A driver and the searches
 * it steps belong to one thread at a time.
 *
 * <p>Typical self-play loop (the actor owns the games):
 * <pre>{@code
 * SearchDriver driver = new SearchDriver(net, 9, 256);
 * for (Search s : searches) s.startMove();
 * while (running) {
 *   driver.step(searches);
 *   for (Search s : searches) {
 *     if (s.isFinished()) {
 *       SearchResult r = s.result();      // record r.policyTarget(), r.rootValue(), r.fullSearch()
 *       s.advance(r.action());            // tree reuse
 *       if (!s.isGameOver()) s.startMove(); // else: write the record, replace s by a new game
 *     }
 *   }
 * }
 * }</pre>
 */
public final class SearchDriver {

  private final EvalBatch batch;
  private final int boardSize;
  private final List<Search> gathered = new ArrayList<>();
  private int offset;

  /**
   * Creates a driver with one batch of {@code batchCapacity} positions from {@code evaluator}.
   *
   * @throws IllegalArgumentException if the evaluator rejects the size or capacity
   */
  public SearchDriver(PolicyValue evaluator, int boardSize, int batchCapacity) {
    Objects.requireNonNull(evaluator, "evaluator");
    this.boardSize = boardSize;
    this.batch = evaluator.newBatch(boardSize, batchCapacity);
  }

  /** The batch capacity. */
  public int batchCapacity() {
    return batch.capacity();
  }

  /**
   * One round: every started, unfinished search gathers leaves (in rotating order, so a full
   * batch does not starve the same searches), the batch is evaluated once, and the results are
   * backed up. Searches that are not started or already finished are skipped.
   *
   * @return the number of positions evaluated in this round
   * @throws IllegalArgumentException if a search is of another board size
   * @throws RuntimeException whatever the evaluator throws, after every search in the list has
   *     withdrawn its simulations in flight (their completed visits are kept)
   */
  public int step(List<Search> searches) {
    int n = searches.size();
    if (n == 0) {
      return 0;
    }
    gathered.clear();
    batch.clear();
    int start = offset++ % n;
    try {
      for (int k = 0; k < n && batch.size() < batch.capacity(); k++) {
        Search s = searches.get((start + k) % n);
        if (!s.isStarted() || s.isFinished()) {
          continue;
        }
        if (s.boardSize() != boardSize) {
          throw new IllegalArgumentException("search of board size " + s.boardSize()
              + " given to a driver for " + boardSize);
        }
        if (s.gather(batch) > 0) {
          gathered.add(s);
        }
      }
      int evaluated = batch.size();
      if (evaluated > 0) {
        batch.evaluate();
      }
      for (Search s : gathered) {
        s.absorb(batch);
      }
      return evaluated;
    } catch (RuntimeException | Error e) {
      // The evaluator (or a search) failed: withdraw every simulation in flight so that each
      // search is consistent again and can be stepped or reset afterwards.
      for (Search s : searches) {
        s.abandonPending();
      }
      throw e;
    } finally {
      batch.clear();
    }
  }

  /** Steps until every started search in the list is finished. */
  public void runToCompletion(List<Search> searches) {
    while (anyRunning(searches)) {
      step(searches);
    }
  }

  /**
   * The single-game entry point (match, GTP): starts the move ({@link Search#startMove()}),
   * searches until the parameters' visit target or time budget, and returns the result. Does not
   * play the move.
   */
  public SearchResult searchMove(Search search) {
    search.startMove();
    List<Search> one = List.of(search);
    runToCompletion(one);
    return search.result();
  }

  /**
   * The single-game entry point with this move's own budget (timed GTP games): {@link
   * Search#startMove(MoveBudget)}, searches until the budget's visits or time, and returns the
   * result. The search's tree, kept by {@link Search#advance} between moves, is reused. Does not
   * play the move.
   */
  public SearchResult searchMove(Search search, MoveBudget budget) {
    search.startMove(budget);
    runToCompletion(List.of(search));
    return search.result();
  }

  private static boolean anyRunning(List<Search> searches) {
    for (Search s : searches) {
      if (s.isStarted() && !s.isFinished()) {
        return true;
      }
    }
    return false;
  }
}
