package dev.tengen.evaluator.match;

import dev.tengen.evaluator.gtp.GtpCrashException;
import dev.tengen.evaluator.gtp.GtpEngine;
import dev.tengen.evaluator.gtp.GtpException;
import dev.tengen.evaluator.gtp.GtpFailureException;
import dev.tengen.evaluator.gtp.GtpTimeoutException;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Rules;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * An outside GTP engine as a player. {@link #newGame} sends {@code boardsize}, {@code
 * clear_board} and {@code komi} (a refused {@code komi} is only logged, as {@code gtp_match.py}
 * does); moves go out as {@code play b D4} and come back from {@code genmove w}. A crashed or hung
 * process is killed and restarted by the next {@link #newGame}.
 */
public final class GtpPlayer implements Player {

  private static final System.Logger LOG = System.getLogger(GtpPlayer.class.getName());

  private final String name;
  private final GtpEngine engine;
  private final Duration setupTimeout;
  private final Duration moveTimeout;
  private int size;

  /**
   * @param name the player's name
   * @param engine the engine process handle (owned by this player from now on)
   * @param setupTimeout the limit for set-up commands (process start-up, model loading)
   * @param moveTimeout the limit for {@code genmove} and {@code play}
   */
  public GtpPlayer(String name, GtpEngine engine, Duration setupTimeout, Duration moveTimeout) {
    this.name = Objects.requireNonNull(name, "name");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.setupTimeout = Objects.requireNonNull(setupTimeout, "setupTimeout");
    this.moveTimeout = Objects.requireNonNull(moveTimeout, "moveTimeout");
  }

  @Override
  public String name() {
    return name;
  }

  /** The process handle (for restart counts). */
  public GtpEngine engine() {
    return engine;
  }

  @Override
  public void newGame(GameSettings settings) throws PlayerFault {
    size = settings.size();
    setup("boardsize " + size);
    setup("clear_board");
    String komi = "komi " + Rules.formatKomi(settings.rules().komi());
    try {
      engine.send(komi, setupTimeout);
    } catch (GtpFailureException e) {
      LOG.log(System.Logger.Level.WARNING, name + " refused '" + komi + "': " + e.getMessage());
    } catch (GtpException e) {
      throw fault(e, ForfeitKind.SETUP_FAILURE, komi);
    }
  }

  private void setup(String command) throws PlayerFault {
    try {
      engine.send(command, setupTimeout);
    } catch (GtpException e) {
      throw fault(e, ForfeitKind.SETUP_FAILURE, command);
    }
  }

  @Override
  public void play(Color color, int action) throws PlayerFault {
    String command = "play " + colour(color) + " " + Actions.toGtp(action, size);
    try {
      engine.send(command, moveTimeout);
    } catch (GtpException e) {
      throw fault(e, ForfeitKind.REJECTED_LEGAL_MOVE, command);
    }
  }

  @Override
  public PlayerMove genMove(Color color) throws PlayerFault {
    String command = "genmove " + colour(color);
    String answer;
    try {
      answer = engine.send(command, moveTimeout);
    } catch (GtpException e) {
      throw fault(e, ForfeitKind.GENMOVE_FAILED, command);
    }
    String[] words = answer.trim().split("\\s+");
    String vertex = words.length == 0 ? "" : words[0];
    if (vertex.toLowerCase(Locale.ROOT).equals("resign")) {
      return PlayerMove.resignation();
    }
    try {
      return PlayerMove.of(Actions.parseGtp(vertex, size));
    } catch (IllegalArgumentException e) {
      throw new PlayerFault(
          ForfeitKind.UNPARSEABLE_MOVE, "genmove answered '" + answer + "': " + e.getMessage());
    }
  }

  /** Maps a GTP error: crash and timeout are themselves; a {@code ?} reply is {@code onFailure}. */
  private PlayerFault fault(GtpException e, ForfeitKind onFailure, String command) {
    if (e instanceof GtpCrashException) {
      return new PlayerFault(ForfeitKind.CRASH, e.getMessage(), e);
    }
    if (e instanceof GtpTimeoutException) {
      return new PlayerFault(ForfeitKind.TIMEOUT, e.getMessage(), e);
    }
    return new PlayerFault(onFailure, "'" + command + "' answered '? " + e.getMessage() + "'", e);
  }

  private static String colour(Color color) {
    return color == Color.BLACK ? "b" : "w";
  }

  @Override
  public void close() {
    engine.close();
  }
}
