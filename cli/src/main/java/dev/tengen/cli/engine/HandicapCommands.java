package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpRequest;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Color;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * GTP handicap commands: {@code fixed_handicap} (GTP's standard points), {@code
 * place_free_handicap} (the engine chooses: the same standard points, which are where a strong
 * player puts them too, up to the board's maximum) and {@code set_free_handicap} (the
 * controller's points). All need an empty board and leave White to move.
 */
final class HandicapCommands {
  private HandicapCommands() {}

  static void register(GtpServer server, GoEngine engine) {
    GoSession session = engine.session();
    server.register("fixed_handicap", request -> {
      request.expectArgs(1);
      int stones = request.intArg(0, 0, Integer.MAX_VALUE);
      requireEmpty(session);
      int[] points;
      try {
        points = Handicap.fixed(session.size(), stones);
      } catch (IllegalArgumentException e) {
        throw new GtpFailure("invalid number of stones: " + e.getMessage());
      }
      session.restart(points, new int[0], Color.WHITE);
      return GoArgs.vertices(points, session.size());
    });
    server.register("place_free_handicap", request -> {
      request.expectArgs(1);
      int stones = request.intArg(0, 0, Integer.MAX_VALUE);
      requireEmpty(session);
      int max = Math.max(Handicap.maxFixed(session.size()), 0);
      if (stones < 2 || max == 0) {
        throw new GtpFailure("invalid number of stones: " + stones);
      }
      int[] points = Handicap.fixed(session.size(), Math.min(stones, max));
      session.restart(points, new int[0], Color.WHITE);
      return GoArgs.vertices(points, session.size());
    });
    server.register("set_free_handicap", request -> {
      requireEmpty(session);
      int[] points = freePoints(request, session.size());
      try {
        session.restart(points, new int[0], Color.WHITE);
      } catch (IllegalArgumentException e) {
        throw new GtpFailure("bad handicap: " + e.getMessage());
      }
      return "";
    });
  }

  private static int[] freePoints(GtpRequest request, int size) throws GtpFailure {
    int n = request.argCount();
    if (n < 2 || n > size * size - 1) {
      throw new GtpFailure("bad handicap: " + n + " stones (2 to " + (size * size - 1) + ")");
    }
    Set<Integer> points = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      int action = GoArgs.vertex(request, i, size);
      if (action == size * size) {
        throw new GtpFailure("bad handicap: pass is not a point");
      }
      if (!points.add(action)) {
        throw new GtpFailure("bad handicap: " + request.arg(i) + " given twice");
      }
    }
    return points.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void requireEmpty(GoSession session) throws GtpFailure {
    if (!session.isEmptyBoard()) {
      throw new GtpFailure("board not empty");
    }
  }
}
