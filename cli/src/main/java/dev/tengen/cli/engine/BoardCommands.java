package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Actions;
import dev.tengen.games.Rules;

/** GTP setup commands: {@code boardsize}, {@code clear_board}, {@code komi}, {@code showboard}. */
final class BoardCommands {
  private BoardCommands() {}

  static void register(GtpServer server, GoEngine engine) {
    GoSession session = engine.session();
    server.register("boardsize", request -> {
      request.expectArgs(1);
      int size;
      try {
        size = Integer.parseInt(request.arg(0));
      } catch (NumberFormatException e) {
        throw new GtpFailure("boardsize is not an integer: " + request.arg(0));
      }
      if (size < Actions.MIN_SIZE || size > Actions.MAX_SIZE || !engine.acceptsBoardSize(size)) {
        throw new GtpFailure("unacceptable size");
      }
      session.setBoardSize(size);
      engine.newGame();
      return "";
    });
    server.register("clear_board", request -> {
      request.expectArgs(0);
      session.clear();
      engine.newGame();
      return "";
    });
    server.register("komi", request -> {
      request.expectArgs(1);
      double komi = request.doubleArg(0);
      try {
        Rules.checkKomi(komi);
      } catch (IllegalArgumentException e) {
        throw new GtpFailure("komi must be a multiple of 0.5: " + request.arg(0));
      }
      session.setKomi(komi);
      return "";
    });
    server.register("showboard", request -> {
      request.expectArgs(0);
      int last = session.moves().isEmpty() ? -1 : session.moves().get(session.moves().size() - 1).action();
      return "\n" + BoardText.render(session, last, false) + BoardText.captures(session) + "\n"
          + (session.toMove() == dev.tengen.games.Color.BLACK ? "Black" : "White") + " to move, komi " + Rules.formatKomi(session.rules().komi());
    });
  }
}
