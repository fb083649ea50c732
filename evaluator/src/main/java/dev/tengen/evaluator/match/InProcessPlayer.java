package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Move;
import java.util.Objects;

/**
 * Base of players that run inside the evaluator's JVM: keeps the player's own {@link Game}
 * (Tengen's rules), applies relayed moves to it and asks the subclass for a move in it. An
 * exception thrown by the subclass becomes a {@link ForfeitKind#CRASH}.
 */
public abstract class InProcessPlayer implements Player {

  private final String name;
  private Game game;

  /** @param name the player's name */
  protected InProcessPlayer(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }

  /** The player's own position; null before the first {@link #newGame}. */
  protected final Game game() {
    return game;
  }

  @Override
  public void newGame(GameSettings settings) throws PlayerFault {
    game = new Game(settings.size(), settings.rules(), settings.moveCap());
    try {
      onNewGame(game);
    } catch (RuntimeException e) {
      throw new PlayerFault(ForfeitKind.SETUP_FAILURE, name + " failed to set up: " + e, e);
    }
  }

  /** Called after a new game starts; the default does nothing. */
  protected void onNewGame(Game newGame) {}

  @Override
  public void play(Color color, int action) throws PlayerFault {
    requireGame();
    if (game.isOver()) {
      return; // the game's last pass: nothing left to apply
    }
    try {
      game.play(Move.play(color, action));
      onPlayed(color, action);
    } catch (RuntimeException e) {
      throw new PlayerFault(
          ForfeitKind.REJECTED_LEGAL_MOVE,
          name + " rejected " + color + " " + dev.tengen.games.Actions.toGtp(action, game.size())
              + ": " + e.getMessage(), e);
    }
  }

  /** Called after a move was applied to {@link #game()}; the default does nothing. */
  protected void onPlayed(Color color, int action) {}

  @Override
  public PlayerMove genMove(Color color) throws PlayerFault {
    requireGame();
    if (color != game.toMove()) {
      throw new PlayerFault(
          ForfeitKind.GENMOVE_FAILED, "asked for " + color + " but " + game.toMove() + " is to move");
    }
    PlayerMove move;
    try {
      move = choose(game);
    } catch (RuntimeException e) {
      throw new PlayerFault(ForfeitKind.CRASH, name + " threw while choosing a move: " + e, e);
    }
    if (!move.resign() && game.isLegal(move.action())) {
      game.play(move.action());
      onPlayed(color, move.action());
    }
    return move;
  }

  /**
   * Chooses a move for the side to move in {@code position} (which is the player's own game: do
   * not change it, or restore it before returning).
   */
  protected abstract PlayerMove choose(Game position);

  private void requireGame() throws PlayerFault {
    if (game == null) {
      throw new PlayerFault(ForfeitKind.SETUP_FAILURE, name + " was not given a new game");
    }
  }

  @Override
  public void close() {}
}
