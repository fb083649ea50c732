package dev.tengen.games.sgf;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.IllegalMoveException;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link SgfGame} to {@link Game} by replaying the moves, and back. */
final class SgfReplay {
  private SgfReplay() {}

  /** Plies the replay of this record plays: its moves plus the implied passes. */
  static int plies(SgfGame record) {
    int plies = 0;
    Color toMove = record.firstToMove();
    for (SgfMove move : record.moves()) {
      if (move.color() != toMove) {
        plies++;
      }
      plies++;
      toMove = move.color().opponent();
    }
    return plies;
  }

  static Game replay(SgfGame record, int moveCap) {
    int size = record.size();
    Rules rules;
    try {
      rules = record.tengenRules();
    } catch (IllegalArgumentException e) {
      throw new SgfException(
          "KM[" + SgfWriter.formatReal(record.komi()) + "]: Tengen's komi must be a multiple of 0.5",
          SgfPosition.NONE, e);
    }
    Game game;
    try {
      game = Game.withSetup(size, rules, moveCap, toArray(record.blackSetup()), toArray(record.whiteSetup()),
          record.firstToMove());
    } catch (IllegalArgumentException e) {
      throw new SgfException("the setup stones (AB, AW) cannot start a game: " + e.getMessage(),
          SgfPosition.NONE, e);
    }
    List<SgfMove> moves = record.moves();
    for (int i = 0; i < moves.size(); i++) {
      SgfMove move = moves.get(i);
      boolean impliedPass = move.color() != game.toMove();
      try {
        if (impliedPass) {
          game.play(game.passAction());
        }
        game.play(move.action());
      } catch (IllegalMoveException e) {
        throw new SgfException(
            "move " + (i + 1) + " " + describe(move, size) + " is illegal (" + e.reason() + "): " + e.getMessage()
                + (impliedPass
                    ? " (" + move.color() + " moved twice in a row, so " + move.color().opponent() + " passed in between)"
                    : ""),
            move.at(), e);
      }
    }
    Color loser = resignationLoser(record.result());
    if (loser != null && !game.isOver()) {
      game.resign(loser);
    }
    return game;
  }

  static SgfGame record(Game game) {
    int size = game.size();
    int[] start = new int[size * size];
    game.stonesAgo(game.moveNumber(), start);
    List<Integer> black = new ArrayList<>();
    List<Integer> white = new ArrayList<>();
    for (int action = 0; action < start.length; action++) {
      if (start[action] == Stone.BLACK) {
        black.add(action);
      } else if (start[action] == Stone.WHITE) {
        white.add(action);
      }
    }
    List<SgfMove> moves = new ArrayList<>();
    for (Move move : game.moves()) {
      if (!move.resign()) {
        moves.add(SgfMove.of(move.color(), move.action()));
      }
    }
    Color first = moves.isEmpty() ? game.toMove() : moves.get(0).color();
    int handicap = black.size() >= 2 && white.isEmpty() && first == Color.WHITE ? black.size() : 0;
    Rules rules = game.rules();
    return new SgfGame(size, rules.komi(), SgfRules.name(rules), "", "",
        game.isOver() ? game.result().toSgf() : "", "", handicap, black, white, first, moves, "", Map.of());
  }

  /** "(B[dd] = D16)" or "(W[] = pass)". */
  private static String describe(SgfMove move, int size) {
    return "(" + move.color().sgfLetter() + "[" + SgfPoints.format(move.action(), size) + "] = "
        + Actions.toGtp(move.action(), size) + ")";
  }

  /** The colour that resigned according to an RE value ("W+R", "B+Resign"), or null. */
  private static Color resignationLoser(String result) {
    String r = result.trim().toUpperCase(Locale.ROOT);
    if (r.equals("B+R") || r.equals("B+RESIGN")) {
      return Color.WHITE;
    }
    if (r.equals("W+R") || r.equals("W+RESIGN")) {
      return Color.BLACK;
    }
    return null;
  }

  private static int[] toArray(List<Integer> actions) {
    return actions.stream().mapToInt(Integer::intValue).toArray();
  }
}
