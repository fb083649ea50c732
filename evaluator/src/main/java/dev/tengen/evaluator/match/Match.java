package dev.tengen.evaluator.match;

import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.ladder.Winner;
import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.games.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Plays a match between contestants A and B: up to {@link MatchSettings#maxGames()} games, {@link
 * MatchSettings#parallelGames()} at a time on as many threads, colours alternating by game number,
 * until the {@link StopRule} says stop (games already under way are then finished and counted).
 *
 * <p>Each finished game is, in this order: added to the {@link ResultJournal} (if any) under the
 * id {@code <matchId>/<number>}, written as SGF (if an {@link SgfArchive} is set), counted, and
 * reported to the {@link MatchListener}. Resuming: games of this match id already in the journal
 * are counted, not replayed, so a match killed at any moment and run again with the same id carries
 * on where it was and no game is counted twice. A game lost in flight by the kill is replayed.
 *
 * <p>Each worker thread opens its own player per side and reuses it; a player that crashed or
 * timed out is closed and reopened for the next game. A player that cannot be opened forfeits the
 * game. An exception that is not a player's fault (a journal write failing, a bug) stops the match
 * and is rethrown by {@link #run()}. Interrupting {@link #run()} cancels the match: workers are
 * interrupted (which kills waiting GTP engines) and games under way are not recorded.
 */
public final class Match {

  private final MatchSettings settings;
  private final Contestant a;
  private final Contestant b;
  private final ResultJournal journal;
  private final SgfArchive archive;
  private final MatchListener listener;
  private final StopRule stopRule;
  private final Referee referee = new Referee();

  private final Object lock = new Object();
  private final Deque<Integer> pending = new ArrayDeque<>();
  private final List<GameReport> played = new ArrayList<>();
  private final List<Integer> playedNumbers = new ArrayList<>();
  private MatchScore score = MatchScore.EMPTY;
  private MatchScore scoreAtStop;
  private RuntimeException failure;
  private volatile boolean cancelled;

  private Match(Builder builder) {
    this.settings = builder.settings;
    this.a = builder.a;
    this.b = builder.b;
    this.journal = builder.journal;
    this.archive = builder.archive;
    this.listener = builder.listener;
    this.stopRule = builder.stopRule;
    if (a.name().equals(b.name())) {
      throw new IllegalArgumentException(
          "match " + settings.matchId() + ": both sides are named '" + a.name() + "'");
    }
  }

  /** Starts describing a match of {@code a} against {@code b}. */
  public static Builder builder(MatchSettings settings, Contestant a, Contestant b) {
    return new Builder(settings, a, b);
  }

  /** Options of a {@link Match}; everything but the settings and sides is optional. */
  public static final class Builder {
    private final MatchSettings settings;
    private final Contestant a;
    private final Contestant b;
    private ResultJournal journal;
    private SgfArchive archive;
    private MatchListener listener = MatchListener.NONE;
    private StopRule stopRule = StopRule.NEVER;

    private Builder(MatchSettings settings, Contestant a, Contestant b) {
      this.settings = Objects.requireNonNull(settings, "settings");
      this.a = Objects.requireNonNull(a, "a");
      this.b = Objects.requireNonNull(b, "b");
    }

    /** Journal every game here (and resume from it). */
    public Builder journal(ResultJournal value) {
      this.journal = value;
      return this;
    }

    /** Keep every game as SGF here. */
    public Builder sgf(SgfArchive value) {
      this.archive = value;
      return this;
    }

    /** Report progress here. */
    public Builder listener(MatchListener value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /** Stop early when this says so. */
    public Builder stopRule(StopRule value) {
      this.stopRule = Objects.requireNonNull(value, "stopRule");
      return this;
    }

    /** The match, ready to {@link Match#run()}. */
    public Match build() {
      return new Match(this);
    }
  }

  /**
   * Plays the match (resuming it from the journal) and returns its result. Blocks until every
   * worker is done. May be called once.
   *
   * @throws InterruptedException if interrupted; workers are interrupted and joined first
   * @throws IllegalStateException if the journal holds games of this match id between other
   *     players
   * @throws RuntimeException what a worker threw that was not a player's fault
   */
  public MatchResult run() throws InterruptedException {
    List<RecordedGame> prior = journal == null ? List.of() : journal.gamesOf(settings.matchId());
    Set<Integer> done = new HashSet<>();
    for (RecordedGame g : prior) {
      int number = numberOf(g);
      done.add(number);
      score = score.plus(outcomeForA(g));
    }
    if (!prior.isEmpty()) {
      listener.event("match " + settings.matchId() + ": resuming with " + prior.size()
          + " games already played, A " + score.summary());
    }
    if (stopRule.shouldStop(score)) {
      scoreAtStop = score;
    } else {
      for (int n = 1; n <= settings.maxGames(); n++) {
        if (!done.contains(n)) {
          pending.add(n);
        }
      }
    }
    int workers = Math.min(settings.parallelGames(), pending.size());
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread t = new Thread(() -> work(worker), "match-" + settings.matchId() + "-w" + w);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    try {
      for (Thread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      cancelled = true;
      synchronized (lock) {
        pending.clear();
      }
      threads.forEach(Thread::interrupt);
      for (Thread t : threads) {
        t.join(10_000);
      }
      throw e;
    }
    synchronized (lock) {
      if (failure != null) {
        throw failure;
      }
      List<RecordedGame> all = new ArrayList<>(prior);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < played.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(playedNumbers::get));
      List<GameReport> sorted = new ArrayList<>();
      for (int i : order) {
        sorted.add(played.get(i));
        all.add(toRecorded(playedNumbers.get(i), played.get(i)));
      }
      all.sort(Comparator.comparingInt(Match::numberOf));
      return new MatchResult(settings, a.name(), b.name(), score, scoreAtStop, prior.size(), all,
          sorted);
    }
  }

  private void work(int worker) {
    Player pa = null;
    Player pb = null;
    try {
      while (true) {
        int number;
        synchronized (lock) {
          if (pending.isEmpty() || failure != null) {
            return;
          }
          number = pending.poll();
        }
        boolean aBlack = settings.aIsBlack(number);
        String blackName = aBlack ? a.name() : b.name();
        String whiteName = aBlack ? b.name() : a.name();
        GameReport report;
        PlayerFault openFault = null;
        Color openLoser = null;
        if (pa == null) {
          try {
            pa = a.open(worker);
          } catch (PlayerFault f) {
            openFault = f;
            openLoser = aBlack ? Color.BLACK : Color.WHITE;
          }
        }
        if (openFault == null && pb == null) {
          try {
            pb = b.open(worker);
          } catch (PlayerFault f) {
            openFault = f;
            openLoser = aBlack ? Color.WHITE : Color.BLACK;
          }
        }
        if (openFault != null) {
          report = Referee.forfeitBeforeStart(settings.game(), blackName, whiteName, openLoser,
              openFault.kind(), "cannot open player: " + openFault.getMessage());
        } else {
          report = referee.play(aBlack ? pa : pb, aBlack ? pb : pa, settings.game());
        }
        if (cancelled || Thread.currentThread().isInterrupted()) {
          return; // a game cut short by cancelling the match is neither a result nor a forfeit
        }
        if (report.forfeit() != null && report.forfeit().kind().needsRestart()) {
          boolean aFaulted = (report.forfeit().loser() == Color.BLACK) == aBlack;
          listener.event("match " + settings.matchId() + " game " + number + ": restarting "
              + (aFaulted ? a.name() : b.name()) + " after " + report.forfeit());
          if (aFaulted && pa != null) {
            pa.close();
            pa = null;
          } else if (!aFaulted && pb != null) {
            pb.close();
            pb = null;
          }
        }
        record(number, report);
      }
    } catch (RuntimeException e) {
      synchronized (lock) {
        if (failure == null) {
          failure = e;
        }
        pending.clear();
      }
    } finally {
      if (pa != null) {
        pa.close();
      }
      if (pb != null) {
        pb.close();
      }
    }
  }

  private void record(int number, GameReport report) {
    RecordedGame recorded = toRecorded(number, report);
    synchronized (lock) {
      if (journal != null && !journal.add(recorded)) {
        listener.event("match " + settings.matchId() + ": game " + recorded.gameId()
            + " was already journaled; not counted again");
        return;
      }
      if (archive != null) {
        archive.write(settings.matchId(), number, recorded.gameId(), report);
      }
      played.add(report);
      playedNumbers.add(number);
      score = score.plus(outcomeForA(recorded));
      if (report.forfeit() != null) {
        listener.event("match " + settings.matchId() + " game " + number + ": "
            + (report.forfeit().loser() == Color.BLACK ? report.blackName() : report.whiteName())
            + " forfeits, " + report.forfeit());
      }
      listener.gameFinished(new MatchProgress(settings.matchId(), number, report, score,
          score.games(), settings.maxGames()));
      if (scoreAtStop == null && stopRule.shouldStop(score)) {
        scoreAtStop = score;
        pending.clear();
      }
    }
  }

  private RecordedGame toRecorded(int number, GameReport r) {
    Winner w = r.winner() == null ? Winner.DRAW : r.winner() == Color.BLACK ? Winner.BLACK
        : Winner.WHITE;
    boolean aBlack = settings.aIsBlack(number);
    return new RecordedGame(settings.gameId(number), settings.matchId(),
        aBlack ? a.name() : b.name(), aBlack ? b.name() : a.name(), w, r.result(), r.reason());
  }

  private MatchScore.Outcome outcomeForA(RecordedGame g) {
    boolean aBlack = g.black().equals(a.name()) && g.white().equals(b.name());
    boolean aWhite = g.white().equals(a.name()) && g.black().equals(b.name());
    if (!aBlack && !aWhite) {
      throw new IllegalStateException("journal game " + g.gameId() + " is " + g.black() + " vs "
          + g.white() + ", not a game of this match between " + a.name() + " and " + b.name());
    }
    String winner = g.winnerName();
    if (winner == null) {
      return MatchScore.Outcome.DRAW;
    }
    return winner.equals(a.name()) ? MatchScore.Outcome.WIN : MatchScore.Outcome.LOSS;
  }

  private static int numberOf(RecordedGame g) {
    String id = g.gameId();
    int slash = id.lastIndexOf('/');
    try {
      return Integer.parseInt(id.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("journal game id '" + id + "' has no game number", e);
    }
  }
}
