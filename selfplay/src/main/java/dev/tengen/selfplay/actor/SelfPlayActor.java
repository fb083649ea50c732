package dev.tengen.selfplay.actor;

import dev.tengen.games.Game;
import dev.tengen.mcts.ResignationTracker;
import dev.tengen.mcts.Search;
import dev.tengen.mcts.SearchDriver;
import dev.tengen.mcts.SearchResult;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameIds;
import dev.tengen.selfplay.record.GameRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A self-play actor: plays many games at once on each of its threads with the mcts {@link
 * SearchDriver} (so their leaves share network batches), appends each finished game to the
 * games queue as one {@link GameRecord}, and switches to a newly promoted model between moves.
 *
 * <p>Per game: resignation is disabled in a share of games ({@code
 * SearchParams.resignDisabledShare}, default 10%) by mcts's {@link ResignationTracker}, and such
 * games record when and who would have resigned; opening diversity comes from the search's root
 * noise and move temperature. When {@link ModelSource#current()} changes, each game finishes its
 * current move's search with the old model and starts its next move, with a fresh tree, on the
 * new one; records name the model of every move.
 *
 * <p>Stopping: {@link #run()} returns once {@code maxGames} games are appended (games in
 * progress beyond that are not started), or soon after {@link #stop()} (games in progress are
 * dropped, as if the process had been killed). Random choices come from the config's seed: with a
 * deterministic evaluator, one thread and a fixed model, a run is reproducible.
 */
public final class SelfPlayActor {

  private static final Logger LOG = LoggerFactory.getLogger(SelfPlayActor.class);

  /** Told about every game appended to the queue (from the self-play threads). */
  @FunctionalInterface
  public interface GameListener {
    void gameAppended(long queueIndex, GameRecord record);
  }

  private final ActorConfig config;
  private final ModelSource models;
  private final GamesQueue queue;
  private final GameIds ids;
  private final Clock clock;
  private final ActorMetrics metrics = new ActorMetrics();
  private final AtomicLong gamesStarted = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final GameListener listener;
  private volatile boolean stopping;

  /**
   * @param models where the model comes from ({@link ModelSource#fixed} or a {@link ModelFollower})
   * @param queue where finished games go (kept open by the caller)
   * @param ids game id generator ({@link GameIds#random()} in production)
   * @param listener told about each appended game (may be a no-op)
   */
  public SelfPlayActor(ActorConfig config, ModelSource models, GamesQueue queue, GameIds ids,
      Clock clock, GameListener listener) {
    this.config = Objects.requireNonNull(config, "config");
    this.models = Objects.requireNonNull(models, "models");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The live counters (read them with {@link ActorMetrics#snapshot}). */
  public ActorMetrics metrics() {
    return metrics;
  }

  /** Asks {@link #run()} to return soon; games in progress are dropped. Thread-safe. */
  public void stop() {
    stopping = true;
  }

  /**
   * Plays until {@code maxGames} games are appended or {@link #stop()} is called, on {@code
   * threads} threads (this one and {@code threads - 1} new ones).
   *
   * @throws IllegalStateException if the model source has no model
   * @throws RuntimeException the first failure of any self-play thread (the others stop too)
   */
  public void run() throws InterruptedException {
    if (models.current() == null) {
      throw new IllegalStateException("the model source has no model yet");
    }
    SplittableRandom root = new SplittableRandom(config.seed());
    List<Thread> helpers = new ArrayList<>();
    List<SplittableRandom> streams = new ArrayList<>();
    for (int t = 0; t < config.threads(); t++) {
      streams.add(root.split());
    }
    for (int t = 1; t < config.threads(); t++) {
      SplittableRandom rng = streams.get(t);
      Thread thread = new Thread(() -> guarded(rng), "selfplay-" + t);
      thread.start();
      helpers.add(thread);
    }
    guarded(streams.get(0));
    for (Thread thread : helpers) {
      thread.join();
    }
    Throwable error = failure.get();
    if (error instanceof RuntimeException e) {
      throw e;
    } else if (error instanceof Error e) {
      throw e;
    }
  }

  private void guarded(SplittableRandom rng) {
    try {
      playGames(rng);
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
      stopping = true;
      LOG.error("self-play thread {} failed: {}", Thread.currentThread().getName(), t.toString(), t);
    }
  }

  private boolean tryStartGame() {
    long max = config.maxGames();
    return max == 0 || gamesStarted.incrementAndGet() <= max;
  }

  private void playGames(SplittableRandom rng) {
    Map<LoadedModel, SearchDriver> drivers = new IdentityHashMap<>(); // one reference held each
    Map<LoadedModel, List<Search>> byModel = new IdentityHashMap<>();
    LongAdder networkNanos = new LongAdder(); // this thread's time inside EvalBatch.evaluate
    LoadedModel latest = null;
    try {
      latest = useLatest(null, drivers, networkNanos);
      if (latest == null) {
        throw new IllegalStateException("the model source has no open model");
      }
      List<GameSlot> slots = new ArrayList<>();
      for (int i = 0; i < config.gamesPerThread() && tryStartGame(); i++) {
        slots.add(newGame(rng, latest));
      }
      while (!slots.isEmpty() && !stopping) {
        step(slots, drivers, byModel, networkNanos);
        latest = useLatest(latest, drivers, networkNanos);
        for (int i = 0; i < slots.size(); i++) {
          GameSlot slot = slots.get(i);
          if (!slot.search.isFinished()) {
            continue;
          }
          if (advance(slot, latest)) {
            appendFinished(slot);
            if (!stopping && tryStartGame()) {
              slots.set(i, newGame(rng, latest));
            } else {
              slots.remove(i--);
            }
          }
        }
        retireUnused(slots, latest, drivers);
      }
    } finally {
      drivers.keySet().forEach(LoadedModel::release);
    }
  }

  /** One driver step per model in use: every game's search advances by one batch. */
  private void step(List<GameSlot> slots, Map<LoadedModel, SearchDriver> drivers,
      Map<LoadedModel, List<Search>> byModel, LongAdder networkNanos) {
    long t0 = System.nanoTime();
    long network0 = networkNanos.sum();
    byModel.clear();
    for (GameSlot slot : slots) {
      byModel.computeIfAbsent(slot.model, m -> new ArrayList<>()).add(slot.search);
    }
    for (Map.Entry<LoadedModel, List<Search>> group : byModel.entrySet()) {
      drivers.get(group.getKey()).step(group.getValue());
    }
    long stepNanos = System.nanoTime() - t0;
    long network = networkNanos.sum() - network0;
    metrics.networkNanos.add(network);
    metrics.searchNanos.add(Math.max(0, stepNanos - network));
  }

  /**
   * The model new moves should use: the source's current one if this thread could take a
   * reference to it (creating its driver), else {@code previous}.
   */
  private LoadedModel useLatest(LoadedModel previous, Map<LoadedModel, SearchDriver> drivers,
      LongAdder networkNanos) {
    LoadedModel current = models.current();
    if (current == null || current == previous || drivers.containsKey(current)) {
      return current == null ? previous : current;
    }
    if (!current.acquire()) {
      return previous; // already replaced and closed: the next look sees its successor
    }
    drivers.put(current, newDriver(current, networkNanos));
    return current;
  }

  /** Drops the drivers (and references) of models no game of this thread uses any more. */
  private static void retireUnused(List<GameSlot> slots, LoadedModel latest,
      Map<LoadedModel, SearchDriver> drivers) {
    if (drivers.size() == 1) {
      return;
    }
    Map<LoadedModel, Boolean> used = new IdentityHashMap<>();
    for (GameSlot slot : slots) {
      used.put(slot.model, Boolean.TRUE);
    }
    drivers.keySet().removeIf(m -> {
      boolean retire = m != latest && !used.containsKey(m);
      if (retire) {
        m.release();
      }
      return retire;
    });
  }

  private SearchDriver newDriver(LoadedModel model, LongAdder networkNanos) {
    TimedPolicyValue timed =
        new TimedPolicyValue(model.policyValue(), networkNanos, metrics.evaluations);
    return new SearchDriver(timed, config.boardSize(), config.effectiveBatchCapacity());
  }

  private GameSlot newGame(SplittableRandom rng, LoadedModel model) {
    SplittableRandom gameRng = rng.split();
    Game game = new Game(config.boardSize(), config.rules(), config.moveCap());
    Search search = new Search(game, config.search(), gameRng);
    ResignationTracker resignation = ResignationTracker.forGame(config.search(), gameRng);
    GameRecord.Builder record = GameRecord.builder(ids.next(), config.boardSize(), config.rules())
        .moveCap(config.moveCap())
        .featureVersion(model.featureVersion())
        .resignationDisabled(!resignation.enabled());
    record.times(clock.millis(), 0);
    GameSlot slot = new GameSlot(game, search, resignation, record, model);
    slot.search.startMove();
    return slot;
  }

  /**
   * Takes the finished search's move (or resignation). Returns true when the game is over;
   * otherwise starts the next move's search, on {@code latest} if the model changed.
   */
  private boolean advance(GameSlot slot, LoadedModel latest) {
    long t0 = System.nanoTime();
    SearchResult result = slot.search.result();
    int chosenVisits = slot.search.rootChildVisits(result.action());
    long t1 = System.nanoTime();
    boolean played = slot.resignOrRecord(result, chosenVisits);
    if (played) {
      slot.game.play(result.action());
      metrics.movesPlayed.increment();
    }
    boolean over = slot.game.isOver();
    long t2 = System.nanoTime();
    if (!over) {
      slot.search.advance(result.action());
      if (slot.model != latest) {
        slot.model = latest;
        slot.search.reset(slot.game); // the new model's first move starts from a fresh tree
      }
      slot.search.startMove();
    }
    long t3 = System.nanoTime();
    metrics.searchNanos.add((t1 - t0) + (t3 - t2));
    metrics.rulesNanos.add(t2 - t1);
    return over;
  }

  private void appendFinished(GameSlot slot) {
    long t0 = System.nanoTime();
    GameRecord record = slot.record.times(startMillisOf(slot), clock.millis())
        .build(slot.game.result());
    long t1 = System.nanoTime();
    long index = queue.append(record);
    long t2 = System.nanoTime();
    metrics.rulesNanos.add(t1 - t0);
    metrics.queueNanos.add(t2 - t1);
    metrics.gameFinished(record);
    listener.gameAppended(index, record);
  }

  private static long startMillisOf(GameSlot slot) {
    return slot.record.startMillis();
  }
}
