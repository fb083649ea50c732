package dev.tengen.games.sgf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@link SgfGame} to FF[4] text, readable by GNU Go, GoGui, Sabaki and KataGo.
 *
 * <p>Layout: one root node with {@code GM[1]FF[4]CA[UTF-8]AP[Tengen]}, SZ, KM, RU, the players,
 * date, result, HA (when not 0), AB and AW as plain point lists (no compressed lists, which FF[3]
 * readers reject), PL (only when it differs from {@link SgfGame#defaultFirstToMove}), the other
 * root properties as they were read, then C; then one node per move, ten to a line, a pass written
 * {@code []}. Empty text fields are left out. Text is escaped with {@link SgfText#escape}, so
 * {@code SgfReader.read(write(g))} equals {@code g} for every record whose text fields have no
 * {@code \r}, tab, or (in simple text) line break, since FF[4] reading normalizes those.
 *
 * <p>Cost: O(moves + setup + text length); the result is a String held in memory.
 */
public final class SgfWriter {
  private static final int MOVES_PER_LINE = 10;

  private SgfWriter() {}

  /** The FF[4] text of a record, ending with a newline. */
  public static String write(SgfGame game) {
    StringBuilder out = new StringBuilder(64 + 8 * game.moves().size());
    out.append("(;GM[1]FF[4]CA[UTF-8]AP[Tengen]\n");
    out.append("SZ[").append(game.size()).append(']');
    out.append("KM[").append(formatReal(game.komi())).append(']');
    text(out, "RU", game.rules());
    text(out, "PB", game.blackPlayer());
    text(out, "PW", game.whitePlayer());
    text(out, "DT", game.date());
    text(out, "RE", game.result());
    if (game.handicap() != 0) {
      out.append("HA[").append(game.handicap()).append(']');
    }
    points(out, "AB", game.blackSetup(), game.size());
    points(out, "AW", game.whiteSetup(), game.size());
    if (game.firstToMove() != SgfGame.defaultFirstToMove(game.blackSetup(), game.whiteSetup(), game.moves())) {
      out.append("PL[").append(game.firstToMove().sgfLetter()).append(']');
    }
    for (Map.Entry<String, List<String>> property : game.otherProperties().entrySet()) {
      out.append(property.getKey());
      for (String raw : property.getValue()) {
        out.append('[').append(raw).append(']');
      }
    }
    text(out, "C", game.rootComment());
    List<SgfMove> moves = game.moves();
    for (int i = 0; i < moves.size(); i++) {
      if (i % MOVES_PER_LINE == 0) {
        out.append('\n');
      }
      SgfMove move = moves.get(i);
      out.append(';').append(move.color().sgfLetter());
      out.append('[').append(SgfPoints.format(move.action(), game.size())).append(']');
      text(out, "C", move.comment());
    }
    return out.append(")\n").toString();
  }

  /** An SGF Real without exponent or trailing zeros: 7.5, 7, -0.5, 6.75. */
  static String formatReal(double value) {
    return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void text(StringBuilder out, String id, String text) {
    if (!text.isEmpty()) {
      out.append(id).append('[').append(SgfText.escape(text)).append(']');
    }
  }

  private static void points(StringBuilder out, String id, List<Integer> points, int size) {
    if (points.isEmpty()) {
      return;
    }
    out.append('\n').append(id);
    for (int point : points) {
      out.append('[').append(SgfPoints.format(point, size)).append(']');
    }
  }
}
