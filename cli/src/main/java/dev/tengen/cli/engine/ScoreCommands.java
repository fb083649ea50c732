package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;

/**
 * GTP scoring commands. {@code final_score} is the Tromp-Taylor area score with komi of the
 * position as it stands ({@code B+3.5}, {@code W+2}, {@code 0}): every stone on the board counts
 * as alive, so games must be played out (as self-play does and as GNU Go does with {@code
 * --capture-all-dead}). The network has no ownership head, so no dead-stone estimate is
 * attempted; accordingly {@code final_status_list dead} and {@code seki} are empty and
 * {@code alive} lists every stone.
 */
final class ScoreCommands {
  private ScoreCommands() {}

  static void register(GtpServer server, GoEngine engine) {
    GoSession session = engine.session();
    server.register("final_score", request -> {
      request.expectArgs(0);
      return score(session.game().areaScore());
    });
    server.register("final_status_list", request -> {
      request.expectArgs(1);
      String status = request.lowerArg(0);
      switch (status) {
        case "alive":
          return stones(session.game());
        case "dead":
        case "seki":
          return "";
        default:
          throw new GtpFailure("unknown status: " + request.arg(0) + " (alive, dead or seki)");
      }
    });
  }

  /** A score as GTP and SGF write it: {@code B+3.5}, {@code W+2}, {@code 0}. */
  static String score(double blackLead) {
    if (blackLead == 0) {
      return "0";
    }
    return (blackLead > 0 ? "B+" : "W+") + Rules.formatKomi(Math.abs(blackLead));
  }

  private static String stones(Game game) {
    StringBuilder out = new StringBuilder();
    int size = game.size();
    for (int a = 0; a < size * size; a++) {
      if (game.stoneAt(a) != Stone.EMPTY) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(Actions.toGtp(a, size));
      }
    }
    return out.toString();
  }
}
