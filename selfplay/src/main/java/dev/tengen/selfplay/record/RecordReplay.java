package dev.tengen.selfplay.record;

import dev.tengen.games.EndReason;
import dev.tengen.games.Game;
import dev.tengen.games.IllegalMoveException;

/** Replays a {@link GameRecord} with the rules engine: the check that a record is a real game. */
public final class RecordReplay {

  private RecordReplay() {}

  /**
   * Plays every move of {@code record} on a new {@link Game} with the record's size, rules and
   * move cap, then the resignation if the game ended by one, and checks that the game ended
   * exactly as the record says. Costs one game's worth of moves.
   *
   * @return the finished game
   * @throws IllegalStateException naming the game id and the move when a move is illegal, when a
   *     move comes after the game ended, or when the replayed result differs from the recorded one
   */
  public static Game replay(GameRecord record) {
    String id = Long.toHexString(record.gameId());
    Game game = new Game(record.boardSize(), record.rules(), record.moveCap());
    for (int i = 0; i < record.moveCount(); i++) {
      if (game.isOver()) {
        throw new IllegalStateException("game " + id + ": move " + i + " comes after the end ("
            + game.result() + ")");
      }
      try {
        game.play(record.action(i));
      } catch (IllegalMoveException e) {
        throw new IllegalStateException("game " + id + ": move " + i + " is illegal: " + e.getMessage(), e);
      }
    }
    if (record.result().reason() == EndReason.RESIGNATION) {
      if (game.isOver()) {
        throw new IllegalStateException("game " + id + " ended by " + game.result()
            + " before the recorded resignation");
      }
      game.resign(record.result().winner().opponent());
    }
    if (!game.isOver()) {
      throw new IllegalStateException("game " + id + " is not over after its " + record.moveCount()
          + " moves, yet records " + record.result());
    }
    if (!game.result().equals(record.result())) {
      throw new IllegalStateException("game " + id + " replays to " + game.result()
          + " but records " + record.result());
    }
    return game;
  }
}
