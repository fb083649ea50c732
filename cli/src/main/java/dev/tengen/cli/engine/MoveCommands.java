package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.mcts.SearchInfo;

/**
 * GTP move commands: {@code play}, {@code genmove}, {@code reg_genmove},
 * {@code kgs-genmove_cleanup}, {@code undo}.
 */
final class MoveCommands {
  private MoveCommands() {}

  static void register(GtpServer server, GoEngine engine) {
    GoSession session = engine.session();
    server.register("play", request -> {
      request.expectArgs(2);
      Color color = GoArgs.color(request, 0);
      int action = GoArgs.vertex(request, 1, session.size());
      if (session.illegalReason(color, action) != null) {
        throw new GtpFailure("illegal move");
      }
      session.play(color, action);
      return "";
    });
    server.register("genmove", request -> {
      request.expectArgs(1);
      Color color = GoArgs.color(request, 0);
      Decision decision = engine.genmove(color);
      return decision.resign() ? "resign" : Actions.toGtp(decision.action(), session.size());
    });
    server.register("reg_genmove", request -> {
      request.expectArgs(1);
      Color color = GoArgs.color(request, 0);
      Decision decision = engine.think(color);
      return decision.resign() ? "resign" : Actions.toGtp(decision.action(), session.size());
    });
    server.register("kgs-genmove_cleanup", request -> {
      request.expectArgs(1);
      Color color = GoArgs.color(request, 0);
      Decision decision = engine.think(color);
      int action = cleanupMove(session, color, decision);
      session.play(color, action);
      return Actions.toGtp(action, session.size());
    });
    server.register("undo", request -> {
      request.expectArgs(0);
      if (!session.undo()) {
        throw new GtpFailure("cannot undo");
      }
      return "";
    });
  }

  /**
   * The move for the clean-up phase (KGS, before scoring disputes): never resign, and do not
   * pass while a legal move remains that neither fills one of our own eyes nor is suicidal; the
   * search's most visited such move, else the first such move on the board. Under area scoring
   * playing inside one's own territory costs nothing, so this captures dead stones safely.
   */
  static int cleanupMove(GoSession session, Color color, Decision decision) {
    Game position = session.positionFor(color);
    int pass = position.passAction();
    if (!decision.resign() && decision.action() != pass) {
      return decision.action();
    }
    SearchInfo info = decision.info();
    for (SearchInfo.ChildInfo child : info.children()) {
      if (child.action() != pass && isCleanupCandidate(position, child.action(), color)) {
        return child.action();
      }
    }
    for (int a = 0; a < pass; a++) {
      if (isCleanupCandidate(position, a, color)) {
        return a;
      }
    }
    return pass;
  }

  private static boolean isCleanupCandidate(Game position, int action, Color color) {
    if (!position.isLegal(action)) {
      return false;
    }
    int vertex = position.board().vertex(action);
    return !position.board().isEyeOf(vertex, color.stone());
  }
}
