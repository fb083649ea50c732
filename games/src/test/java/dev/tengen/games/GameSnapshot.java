package dev.tengen.games;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything observable about a game, for comparing a game with a copy taken earlier: stones,
 * hashes, captures, ko point, history, side to move, legal actions, end state.
 */
record GameSnapshot(
    List<String> rows,
    long positionHash,
    long hash,
    int blackCaptures,
    int whiteCaptures,
    int koAction,
    int moveNumber,
    Color toMove,
    List<Move> moves,
    List<Boolean> legal,
    int consecutivePasses,
    boolean over,
    List<Integer> liberties,
    List<Integer> lastActions) {

  static GameSnapshot of(Game game) {
    boolean[] mask = new boolean[game.numActions()];
    game.legalActions(mask);
    List<Boolean> legal = new ArrayList<>();
    for (boolean b : mask) {
      legal.add(b);
    }
    List<Integer> liberties = new ArrayList<>();
    for (int a = 0; a < game.passAction(); a++) {
      liberties.add(game.liberties(a));
    }
    List<Integer> last = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      last.add(game.lastAction(k));
    }
    return new GameSnapshot(OracleCases.rows(game), game.positionHash(), game.hash(),
        game.captures(Color.BLACK), game.captures(Color.WHITE), game.koAction(),
        game.moveNumber(), game.toMove(), game.moves(), legal, game.consecutivePasses(),
        game.isOver(), liberties, last);
  }
}
