package dev.tengen.cli.engine;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.Move;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfMove;
import dev.tengen.games.sgf.SgfRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Between a {@link GoSession} and an SGF record ({@link SgfGame}): save and load. */
public final class SessionSgf {
  private SessionSgf() {}

  /**
   * The session as an SGF record: size, komi, rules, setup stones, every move.
   *
   * @param blackPlayer PB ("" for none)
   * @param whitePlayer PW ("" for none)
   * @param result RE ("" while the game goes on)
   */
  public static SgfGame record(GoSession session, String blackPlayer, String whitePlayer,
      String result) {
    List<Integer> black = new ArrayList<>();
    for (int a : session.setupBlack()) {
      black.add(a);
    }
    List<Integer> white = new ArrayList<>();
    for (int a : session.setupWhite()) {
      white.add(a);
    }
    List<SgfMove> moves = new ArrayList<>();
    for (Move move : session.moves()) {
      moves.add(SgfMove.of(move.color(), move.action()));
    }
    Color first = moves.isEmpty() ? session.toMove() : moves.get(0).color();
    return new SgfGame(session.size(), session.rules().komi(), SgfRules.name(session.rules()),
        blackPlayer, whitePlayer, result, "", white.isEmpty() && black.size() >= 2 ? black.size() : 0,
        black, white, first, moves, "", Map.of());
  }

  /**
   * Replaces the session's game by the record's, up to but not including move {@code
   * moveNumber} (1-based, as GTP {@code loadsgf} counts; {@link Integer#MAX_VALUE} for all).
   *
   * @throws IllegalArgumentException naming the move when the record holds an illegal move;
   *     the session then holds the game up to that move
   */
  public static void load(GoSession session, SgfGame game, int moveNumber) {
    session.setBoardSize(game.size());
    session.setRules(game.tengenRules());
    session.restart(toArray(game.blackSetup()), toArray(game.whiteSetup()), game.firstToMove());
    List<SgfMove> moves = game.moves();
    int count = Math.min(moves.size(), Math.max(0, moveNumber - 1));
    for (int i = 0; i < count; i++) {
      SgfMove move = moves.get(i);
      IllegalReason reason = session.illegalReason(move.color(), move.action());
      if (reason != null) {
        throw new IllegalArgumentException("move " + (i + 1) + " ("
            + move.color().sgfLetter() + " " + Actions.toGtp(move.action(), game.size())
            + ") is illegal: " + reason.toString().toLowerCase(java.util.Locale.ROOT));
      }
      session.play(move.color(), move.action());
    }
  }

  private static int[] toArray(List<Integer> actions) {
    return actions.stream().mapToInt(Integer::intValue).toArray();
  }
}
