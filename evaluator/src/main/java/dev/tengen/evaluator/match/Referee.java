package dev.tengen.evaluator.match;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.GameResult;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plays one game between two players with the rules enforced by {@link Game} (ko rule, suicide,
 * komi, move cap), in the order of {@code oracle/gtp_match.py}: set up both players; then until
 * the game is over ask the side to move for a move, check it, play it, and relay it to the other
 * side. Two passes or the cap end the game, scored by Tromp-Taylor area.
 *
 * <p>A player forfeits (and the other wins) when it fails set-up, crashes, times out, fails
 * {@code genmove}, answers something that is not a vertex, plays an illegal move, or refuses a
 * legal move of its opponent — even the final pass. A player that throws an unexpected runtime
 * exception is treated as crashed. Stateless and thread-safe.
 */
public final class Referee {

  /** Plays one game; never throws for a player's misbehaviour. */
  public GameReport play(Player black, Player white, GameSettings settings) {
    Game game = new Game(settings.size(), settings.rules(), settings.moveCap());
    List<Move> moves = new ArrayList<>();
    for (Color c : Color.values()) {
      Player p = c == Color.BLACK ? black : white;
      try {
        p.newGame(settings);
      } catch (PlayerFault f) {
        return forfeit(black, white, settings, game, moves, c, f.kind(), f.getMessage(), 0,
            new long[2]);
      } catch (RuntimeException e) {
        return forfeit(black, white, settings, game, moves, c, ForfeitKind.CRASH, e.toString(), 0,
            new long[2]);
      }
    }
    int size = settings.size();
    long[] think = new long[2];
    while (!game.isOver()) {
      Color c = game.toMove();
      Player mover = c == Color.BLACK ? black : white;
      Player other = c == Color.BLACK ? white : black;
      int ply = moves.size() + 1;
      PlayerMove m;
      long t0 = System.nanoTime();
      try {
        m = mover.genMove(c);
        think[c.ordinal()] += System.nanoTime() - t0;
      } catch (PlayerFault f) {
        return forfeit(
            black, white, settings, game, moves, c, f.kind(), f.getMessage(), ply, think);
      } catch (RuntimeException e) {
        return forfeit(
            black, white, settings, game, moves, c, ForfeitKind.CRASH, e.toString(), ply, think);
      }
      if (m.resign()) {
        game.resign(c);
        moves.add(Move.resign(c));
        break;
      }
      int a = m.action();
      if (!Actions.isValid(a, size)) {
        return forfeit(black, white, settings, game, moves, c, ForfeitKind.UNPARSEABLE_MOVE,
            "action " + a + " is not on a " + size + "x" + size + " board", ply, think);
      }
      IllegalReason why = game.illegalReason(a);
      if (why != null) {
        return forfeit(black, white, settings, game, moves, c, ForfeitKind.ILLEGAL_MOVE,
            c.sgfLetter() + " " + Actions.toGtp(a, size) + " is illegal ("
                + why.name().toLowerCase(Locale.ROOT) + ")", ply, think);
      }
      game.play(a);
      moves.add(Move.play(c, a));
      try {
        other.play(c, a);
      } catch (PlayerFault f) {
        return forfeit(black, white, settings, game, moves, c.opponent(), f.kind(),
            f.getMessage(), ply, think);
      } catch (RuntimeException e) {
        return forfeit(black, white, settings, game, moves, c.opponent(), ForfeitKind.CRASH,
            e.toString(), ply, think);
      }
    }
    GameResult r = game.result();
    Ending ending =
        switch (r.reason()) {
          case TWO_PASSES -> Ending.TWO_PASSES;
          case RESIGNATION -> Ending.RESIGNATION;
          case MOVE_CAP -> Ending.MOVE_CAP;
        };
    return new GameReport(settings, black.name(), white.name(), moves, r.winner(), r.toSgf(),
        ending, null, game.area(Color.BLACK), game.area(Color.WHITE), game.areaScore(), think[0],
        think[1]);
  }

  /**
   * The report of a game forfeited before it started, when a player could not even be opened.
   *
   * @param loser the colour whose player failed
   */
  public static GameReport forfeitBeforeStart(
      GameSettings settings, String blackName, String whiteName, Color loser, ForfeitKind kind,
      String detail) {
    Game game = new Game(settings.size(), settings.rules(), settings.moveCap());
    Color winner = loser.opponent();
    return new GameReport(settings, blackName, whiteName, List.of(), winner,
        winner.sgfLetter() + "+" + kind.sgfTag(), Ending.FORFEIT,
        new Forfeit(loser, kind, String.valueOf(detail), 0), game.area(Color.BLACK),
        game.area(Color.WHITE), game.areaScore(), 0, 0);
  }

  private static GameReport forfeit(
      Player black, Player white, GameSettings settings, Game game, List<Move> moves,
      Color loser, ForfeitKind kind, String detail, int ply, long[] think) {
    Color winner = loser.opponent();
    return new GameReport(settings, black.name(), white.name(), moves, winner,
        winner.sgfLetter() + "+" + kind.sgfTag(), Ending.FORFEIT,
        new Forfeit(loser, kind, String.valueOf(detail), ply), game.area(Color.BLACK),
        game.area(Color.WHITE), game.areaScore(), think[0], think[1]);
  }
}
