package dev.tengen.evaluator.match;

import dev.tengen.games.Color;

/**
 * One side of a game, as the referee sees it: it keeps its own copy of the position, like a GTP
 * engine. Used by one thread at a time; a {@link Contestant} opens one per parallel game.
 *
 * <p>Every method reports misbehaviour as a {@link PlayerFault} whose kind the referee records.
 * After a fault whose kind {@link ForfeitKind#needsRestart()}, the match closes the player and
 * opens a new one.
 */
public interface Player extends AutoCloseable {

  /** Who this is, for logs and SGF ({@code PB}/{@code PW}). */
  String name();

  /** Starts a new game on an empty board. */
  void newGame(GameSettings settings) throws PlayerFault;

  /** Applies a move of {@code color} (the opponent's, as the referee relays it). */
  void play(Color color, int action) throws PlayerFault;

  /** Chooses and applies this player's move for {@code color}. */
  PlayerMove genMove(Color color) throws PlayerFault;

  /** Releases the player (quits an engine process). Never throws. */
  @Override
  void close();
}
