package dev.tengen.cli.engine;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.mcts.SearchInfo;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * The playing engine behind GTP and the terminal game: the {@link GoSession}, the
 * {@link SearchPlayer} and the clocks. Decides how long to think (visits, or the clock via
 * {@link TimeManager}), logs each decision on the debug stream, keeps each colour's clock.
 *
 * <p>Not thread-safe.
 */
public final class GoEngine {
  private final GoSession session;
  private final SearchPlayer player;
  private final TimeManager timeManager;
  private final PrintStream log;
  private final int onlyBoardSize;
  private TimeControl timeControl = TimeControl.NONE;
  private final Clock[] clocks = {Clock.start(TimeControl.NONE), Clock.start(TimeControl.NONE)};

  /**
   * @param session the game
   * @param player the searcher
   * @param timeManager the clock policy
   * @param onlyBoardSize the one board size the evaluator plays, or 0 for any
   * @param log debug output (stderr); never the protocol stream
   */
  public GoEngine(GoSession session, SearchPlayer player, TimeManager timeManager,
      int onlyBoardSize, PrintStream log) {
    this.onlyBoardSize = onlyBoardSize;
    this.session = Objects.requireNonNull(session, "session");
    this.player = Objects.requireNonNull(player, "player");
    this.timeManager = Objects.requireNonNull(timeManager, "timeManager");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Whether the evaluator plays boards of this size. */
  public boolean acceptsBoardSize(int size) {
    return onlyBoardSize == 0 || onlyBoardSize == size;
  }

  public GoSession session() {
    return session;
  }

  public SearchPlayer player() {
    return player;
  }

  /** A new game begins: the resignation count and the clocks restart. */
  public void newGame() {
    player.newGame();
    resetClocks();
  }

  /** Sets the time system; both clocks restart. */
  public void setTimeControl(TimeControl control) {
    timeControl = Objects.requireNonNull(control, "control");
    resetClocks();
  }

  public TimeControl timeControl() {
    return timeControl;
  }

  /** The controller reports a colour's remaining time ({@code time_left}). */
  public void setClock(Color color, Clock clock) {
    clocks[color.ordinal()] = Objects.requireNonNull(clock, "clock");
  }

  /** A colour's clock as last reported or tracked. */
  public Clock clock(Color color) {
    return clocks[color.ordinal()];
  }

  private void resetClocks() {
    clocks[0] = Clock.start(timeControl);
    clocks[1] = Clock.start(timeControl);
  }

  /** The thinking time {@code color} gets for its next move ({@link Duration#ZERO}: visits only). */
  public Duration budget(Color color) {
    return timeManager.budget(timeControl, clocks[color.ordinal()], session.size(),
        session.moves().size());
  }

  /**
   * Searches {@code color}'s move and, unless it resigns, plays it on the session. The clock of
   * {@code color} runs down by the thinking time (until the controller reports it again).
   */
  public Decision genmove(Color color) {
    Decision decision = think(color);
    if (!decision.resign()) {
      session.play(color, decision.action());
    }
    return decision;
  }

  /** Searches {@code color}'s move without playing it. */
  public Decision think(Color color) {
    Duration budget = budget(color);
    Decision decision = player.decide(session, color, budget);
    int i = color.ordinal();
    clocks[i] = clocks[i].afterMove(decision.elapsed().toNanos() / 1e9, timeControl);
    logDecision(color, budget, decision);
    return decision;
  }

  private void logDecision(Color color, Duration budget, Decision decision) {
    SearchInfo info = decision.info();
    int size = session.size();
    StringBuilder line = new StringBuilder();
    line.append(color.sgfLetter()).append(' ')
        .append(decision.resign() ? "resign" : Actions.toGtp(decision.action(), size))
        .append(String.format(" visits %d winrate %.1f%% time %.2fs", info.rootVisits(),
            100 * info.rootWinrate(), decision.elapsed().toNanos() / 1e9));
    if (!budget.isZero()) {
      line.append(String.format(" (budget %.2fs)", budget.toNanos() / 1e9));
    }
    if (!info.children().isEmpty()) {
      line.append(" pv");
      for (int action : info.children().get(0).pv()) {
        line.append(' ').append(Actions.toGtp(action, size));
      }
    }
    log.println(line);
  }
}
