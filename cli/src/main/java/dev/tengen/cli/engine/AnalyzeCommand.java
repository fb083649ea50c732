package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpRequest;
import dev.tengen.cli.gtp.GtpServer;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.mcts.SearchInfo;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code lz-analyze [COLOR] [INTERVAL] [interval N] [maxmoves N] [minmoves N]}: Leela Zero's
 * analysis command, as Lizzie and Sabaki use it. Answers {@code =} at once, then every INTERVAL
 * centiseconds (default 100) one line with an entry per visited move, most visited first:
 *
 * <pre>info move D4 visits 120 winrate 5312 prior 1040 lcb 5011 order 0 pv D4 E5 C3</pre>
 *
 * winrate, prior and lcb are scaled to 10000 (Leela Zero's units), for COLOR (default: the side
 * to move). Analysis runs until the controller sends its next command; the response then ends
 * with an empty line and that command is served. {@code minmoves} is accepted and ignored (only
 * visited moves are listed); {@code avoid}/{@code allow} are refused.
 */
final class AnalyzeCommand {
  private AnalyzeCommand() {}

  private static final int DEFAULT_INTERVAL_CENTIS = 100;

  /** Parsed arguments. */
  record Options(Color color, int intervalCentis, int maxMoves) {}

  static void register(GtpServer server, GoEngine engine) {
    GoSession session = engine.session();
    server.registerStreaming("lz-analyze", (request, out) -> {
      Options options = parse(request, session.toMove());
      out.begin();
      Duration interval = Duration.ofMillis(10L * options.intervalCentis());
      engine.player().analyze(session, options.color(), interval,
          info -> {
            String line = format(info, session.size(), options.maxMoves());
            if (!line.isEmpty()) {
              out.line(line);
            }
          },
          out::interrupted);
      while (!out.interrupted()) {
        try {
          out.awaitInterrupt(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    });
  }

  static Options parse(GtpRequest request, Color toMove) throws GtpFailure {
    Color color = toMove;
    int interval = DEFAULT_INTERVAL_CENTIS;
    int maxMoves = Integer.MAX_VALUE;
    List<String> args = request.args();
    int i = 0;
    if (i < args.size() && isColor(args.get(i))) {
      color = GoArgs.color(request, i);
      i++;
    }
    if (i < args.size() && isInteger(args.get(i))) {
      interval = request.intArg(i, 0, 1_000_000);
      i++;
    }
    while (i < args.size()) {
      String keyword = args.get(i).toLowerCase(Locale.ROOT);
      switch (keyword) {
        case "interval":
          interval = request.intArg(i + 1, 0, 1_000_000);
          break;
        case "maxmoves":
          maxMoves = request.intArg(i + 1, 1, Integer.MAX_VALUE);
          break;
        case "minmoves":
          request.intArg(i + 1, 0, Integer.MAX_VALUE);
          break;
        case "avoid":
        case "allow":
          throw new GtpFailure("lz-analyze: '" + keyword + "' is not supported");
        default:
          throw new GtpFailure("lz-analyze: unknown argument " + args.get(i));
      }
      i += 2;
    }
    return new Options(color, interval == 0 ? DEFAULT_INTERVAL_CENTIS : interval, maxMoves);
  }

  /** One analysis line in Leela Zero's format; empty when no move has been visited yet. */
  static String format(SearchInfo info, int size, int maxMoves) {
    StringBuilder line = new StringBuilder();
    int order = 0;
    for (SearchInfo.ChildInfo child : info.children()) {
      if (order >= maxMoves) {
        break;
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append("info move ").append(Actions.toGtp(child.action(), size))
          .append(" visits ").append(child.visits())
          .append(" winrate ").append(scaled(child.winrate()))
          .append(" prior ").append(scaled(child.prior()))
          .append(" lcb ").append(scaled((child.lcb() + 1) / 2))
          .append(" order ").append(order)
          .append(" pv");
      for (int action : child.pv()) {
        line.append(' ').append(Actions.toGtp(action, size));
      }
      order++;
    }
    return line.toString();
  }

  /** A probability in [0, 1] as Leela Zero prints it: times 10000, rounded, clamped. */
  static int scaled(double probability) {
    return (int) Math.round(Math.max(0, Math.min(1, probability)) * 10000);
  }

  private static boolean isColor(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.equals("b") || t.equals("w") || t.equals("black") || t.equals("white");
  }

  private static boolean isInteger(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
