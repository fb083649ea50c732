package dev.tengen.cli.engine;

import dev.tengen.cli.gtp.GtpFailure;
import dev.tengen.cli.gtp.GtpRequest;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;

/** Typed Go arguments of GTP commands: colours and vertices. */
final class GoArgs {
  private GoArgs() {}

  /** A colour ({@code b}, {@code w}, {@code black}, {@code white}, any case). */
  static Color color(GtpRequest request, int index) throws GtpFailure {
    String text = request.arg(index);
    try {
      return Color.parse(text);
    } catch (IllegalArgumentException e) {
      throw new GtpFailure("invalid color: " + text);
    }
  }

  /** A vertex ({@code D4}, {@code pass}, any case) as an action on a board of {@code size}. */
  static int vertex(GtpRequest request, int index, int size) throws GtpFailure {
    String text = request.arg(index);
    try {
      return Actions.parseGtp(text, size);
    } catch (IllegalArgumentException e) {
      throw new GtpFailure("invalid vertex: " + text);
    }
  }

  /** Actions as a GTP vertex list ({@code C3 G7}). */
  static String vertices(int[] actions, int size) {
    StringBuilder out = new StringBuilder();
    for (int action : actions) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Actions.toGtp(action, size));
    }
    return out.toString();
  }
}
