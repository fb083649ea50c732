package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpRequest;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Color;
import java.util.Locale;

/** GTP clock commands: {@code time_settings}, {@code time_left}, {@code kgs-time_settings}. */
final class TimeCommands {
  private TimeCommands() {}

  static void register(GtpServer server, GoEngine engine) {
    server.register("time_settings", request -> {
      request.expectArgs(3);
      double main = seconds(request, 0);
      double byoYomi = seconds(request, 1);
      int stones = request.intArg(2, 0, Integer.MAX_VALUE);
      engine.setTimeControl(TimeControl.fromGtp(main, byoYomi, stones));
      return "";
    });
    server.register("time_left", request -> {
      request.expectArgs(3);
      Color color = GoArgs.color(request, 0);
      double time = seconds(request, 1);
      int stones = request.intArg(2, 0, Integer.MAX_VALUE);
      engine.setClock(color, new Clock(time, stones));
      return "";
    });
    server.register("kgs-time_settings", request -> {
      request.expectArgs(1, 4);
      String kind = request.lowerArg(0);
      switch (kind) {
        case "none":
          request.expectArgs(1);
          engine.setTimeControl(TimeControl.NONE);
          break;
        case "absolute":
          request.expectArgs(2);
          engine.setTimeControl(new TimeControl(TimeControl.Kind.ABSOLUTE, seconds(request, 1), 0, 0, 0));
          break;
        case "byoyomi":
          request.expectArgs(4);
          engine.setTimeControl(new TimeControl(TimeControl.Kind.JAPANESE, seconds(request, 1),
              seconds(request, 2), 0, request.intArg(3, 0, Integer.MAX_VALUE)));
          break;
        case "canadian":
          request.expectArgs(4);
          int stones = request.intArg(3, 0, Integer.MAX_VALUE);
          engine.setTimeControl(stones == 0
              ? new TimeControl(TimeControl.Kind.ABSOLUTE, seconds(request, 1), 0, 0, 0)
              : new TimeControl(TimeControl.Kind.CANADIAN, seconds(request, 1),
                  seconds(request, 2), stones, 0));
          break;
        default:
          throw new GtpFailure("unknown time system: " + kind.toUpperCase(Locale.ROOT).charAt(0)
              + kind.substring(1) + " (none, absolute, byoyomi or canadian)");
      }
      return "";
    });
  }

  private static double seconds(GtpRequest request, int index) throws GtpFailure {
    double value = request.doubleArg(index);
    if (value < 0) {
      throw new GtpFailure("negative time: " + request.arg(index));
    }
    return value;
  }
}
