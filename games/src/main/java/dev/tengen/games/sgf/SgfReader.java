package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import dev.tengen.games.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SGF text to {@link SgfGame}: follows the main line (the first child at every branch) of a game
 * tree and interprets the Go properties.
 *
 * <p>Interpreted: SZ (root only; default 19), KM (default 0), RU, PB, PW, RE, DT, HA (game info:
 * the first occurrence on the main line counts), AB / AW / AE (setup, with compressed point lists
 * {@code [aa:cc]}, allowed in any node up to the first move), PL (before the first move), B / W
 * (moves; {@code []} is a pass, and so is {@code [tt]} on boards up to 19x19), C (comments: the
 * root's and those of nodes before the first move go to {@link SgfGame#rootComment}; a move node's
 * to its move; a comment in a later node without move is appended to the previous move's). GM must
 * be 1 (Go) when present; FF, CA, AP are read and dropped (the writer sets its own). Other root
 * properties are kept raw in {@link SgfGame#otherProperties}; other properties of other nodes, and
 * the variations, are skipped.
 *
 * <p>Every error is an {@link SgfException} with the position of the offending value: see the
 * module README, section SGF, for the list.
 */
public final class SgfReader {
  private static final Pattern REAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");
  /** Setup properties, in the order they apply within a node. */
  private static final String[] SETUP = {"AE", "AB", "AW"};
  /** Game-info properties: the first occurrence on the main line counts. */
  private static final String[] GAME_INFO = {"KM", "RU", "PB", "PW", "RE", "DT", "HA"};

  private SgfReader() {}

  /** The first game of an SGF collection. @throws SgfException if the text is malformed */
  public static SgfGame read(String text) {
    return fromTree(SgfParser.parse(text).get(0));
  }

  /** The first game of an SGF collection (charset as {@link SgfParser}). @throws SgfException if malformed */
  public static SgfGame read(byte[] bytes) {
    return fromTree(SgfParser.parse(bytes).get(0));
  }

  /**
   * The first game of an SGF file.
   *
   * @throws IOException if the file cannot be read
   * @throws SgfException if it is malformed (the message does not name the file: callers add it)
   */
  public static SgfGame read(Path file) throws IOException {
    return read(Files.readAllBytes(file));
  }

  /** Every game of an SGF collection, in file order. @throws SgfException if any is malformed */
  public static List<SgfGame> readAll(byte[] bytes) {
    List<SgfGame> games = new ArrayList<>();
    for (SgfNode root : SgfParser.parse(bytes)) {
      games.add(fromTree(root));
    }
    return List.copyOf(games);
  }

  /** Every game of an SGF collection, in file order. @throws SgfException if any is malformed */
  public static List<SgfGame> readAll(String text) {
    return readAll(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The game of a parsed tree's main line. @throws SgfException if a property is malformed */
  public static SgfGame fromTree(SgfNode root) {
    return new MainLine(requireNonNull(root, "root")).read();
  }

  /** The state of reading one main line. */
  private static final class MainLine {
    private final SgfNode root;
    private final int size;
    private final Map<String, SgfValue> info = new LinkedHashMap<>();
    private final Set<Integer> black = new LinkedHashSet<>();
    private final Set<Integer> white = new LinkedHashSet<>();
    private final List<SgfMove> moves = new ArrayList<>();
    private final List<String> rootComments = new ArrayList<>();
    private final Map<String, List<String>> others = new LinkedHashMap<>();
    private Color playerToMove;

    MainLine(SgfNode root) {
      this.root = root;
      this.size = root.property("SZ").map(sz -> parseSize(sz.first())).orElse(19);
    }

    SgfGame read() {
      root.property("GM").ifPresent(gm -> {
        if (!gm.first().raw().trim().equals("1")) {
          throw new SgfException("GM[" + gm.first().raw() + "]: not a game of Go (GM[1])", gm.first().at());
        }
      });
      for (SgfNode node : root.mainLine()) {
        readNode(node);
      }
      double komi = Optional.ofNullable(info.get("KM")).map(MainLine::parseKomi).orElse(0.0);
      int handicap = Optional.ofNullable(info.get("HA")).map(MainLine::parseHandicap).orElse(0);
      List<Integer> blackSetup = List.copyOf(black);
      List<Integer> whiteSetup = List.copyOf(white);
      Color first = playerToMove != null
          ? playerToMove
          : SgfGame.defaultFirstToMove(blackSetup, whiteSetup, moves);
      return new SgfGame(size, komi, simpleText("RU"), simpleText("PB"), simpleText("PW"), simpleText("RE"),
          simpleText("DT"), handicap, blackSetup, whiteSetup, first, moves, String.join("\n", rootComments),
          others);
    }

    private void readNode(SgfNode node) {
      Optional<SgfProperty> b = node.property("B");
      Optional<SgfProperty> w = node.property("W");
      if (b.isPresent() && w.isPresent()) {
        throw new SgfException("node has both a B and a W move", w.get().at());
      }
      if (node != root && node.has("SZ")) {
        throw new SgfException("SZ outside the root node", node.property("SZ").get().at());
      }
      checkDisjointSetup(node);
      for (String setup : SETUP) {
        node.property(setup).ifPresent(this::setup);
      }
      node.property("PL").ifPresent(this::playerToMove);
      for (String id : GAME_INFO) {
        node.property(id).ifPresent(p -> info.putIfAbsent(id, p.first()));
      }
      String comment = node.property("C").map(c -> c.first().text()).orElse("");
      Optional<SgfProperty> move = b.isPresent() ? b : w;
      if (move.isPresent()) {
        moves.add(move(move.get(), comment));
      } else if (!comment.isEmpty()) {
        if (moves.isEmpty()) {
          rootComments.add(comment);
        } else {
          int last = moves.size() - 1;
          String previous = moves.get(last).comment();
          moves.set(last, moves.get(last).withComment(previous.isEmpty() ? comment : previous + "\n" + comment));
        }
      }
      if (node == root) {
        for (SgfProperty property : node.properties()) {
          if (!SgfGame.INTERPRETED.contains(property.id())) {
            others.put(property.id(), property.values().stream().map(SgfValue::raw).toList());
          }
        }
      }
    }

    private SgfMove move(SgfProperty property, String comment) {
      Color color = property.id().equals("B") ? Color.BLACK : Color.WHITE;
      if (property.values().size() != 1) {
        throw new SgfException(
            "move " + property.id() + " has " + property.values().size() + " values; a move has one",
            property.values().get(1).at());
      }
      SgfValue value = property.first();
      try {
        return new SgfMove(color, SgfPoints.parseMove(value.raw(), size), comment, value.at());
      } catch (IllegalArgumentException e) {
        throw new SgfException(property.id() + "[" + value.raw() + "]: " + e.getMessage(), value.at(), e);
      }
    }

    private void setup(SgfProperty property) {
      if (!moves.isEmpty()) {
        throw new SgfException(
            property.id() + " after move " + moves.size() + ": setup stones are only supported before the first move",
            property.at());
      }
      Set<Integer> points = new LinkedHashSet<>();
      for (SgfValue value : property.values()) {
        points.addAll(pointList(property.id(), value));
      }
      switch (property.id()) {
        case "AE":
          black.removeAll(points);
          white.removeAll(points);
          break;
        case "AB":
          white.removeAll(points);
          black.addAll(points);
          break;
        default:
          black.removeAll(points); // a later node's AW replaces an earlier AB
          white.addAll(points);
          break;
      }
    }

    /** FF[4] forbids one point in both AB and AW of a node. */
    private void checkDisjointSetup(SgfNode node) {
      Optional<SgfProperty> ab = node.property("AB");
      Optional<SgfProperty> aw = node.property("AW");
      if (ab.isEmpty() || aw.isEmpty()) {
        return;
      }
      Set<Integer> blackPoints = new LinkedHashSet<>();
      for (SgfValue value : ab.get().values()) {
        blackPoints.addAll(pointList("AB", value));
      }
      for (SgfValue value : aw.get().values()) {
        for (int point : pointList("AW", value)) {
          if (blackPoints.contains(point)) {
            throw new SgfException(
                "AW[" + value.raw() + "]: point '" + SgfPoints.format(point, size) + "' is also in AB of this node",
                value.at());
          }
        }
      }
    }

    /** The points of one value: a point, or a compressed rectangle "aa:cc" (any two opposite corners). */
    private List<Integer> pointList(String id, SgfValue value) {
      String raw = value.raw().trim();
      try {
        int colon = raw.indexOf(':');
        if (colon < 0) {
          return List.of(SgfPoints.parsePoint(raw, size));
        }
        int a = SgfPoints.parsePoint(raw.substring(0, colon), size);
        int c = SgfPoints.parsePoint(raw.substring(colon + 1), size);
        List<Integer> rectangle = new ArrayList<>();
        int top = Math.max(a / size, c / size);
        int bottom = Math.min(a / size, c / size);
        int left = Math.min(a % size, c % size);
        int right = Math.max(a % size, c % size);
        for (int y = top; y >= bottom; y--) {
          for (int x = left; x <= right; x++) {
            rectangle.add(y * size + x);
          }
        }
        return rectangle;
      } catch (IllegalArgumentException e) {
        throw new SgfException(id + "[" + value.raw() + "]: " + e.getMessage(), value.at(), e);
      }
    }

    private void playerToMove(SgfProperty property) {
      if (!moves.isEmpty()) {
        return; // PL after the game started says nothing about the start
      }
      SgfValue value = property.first();
      switch (value.raw().trim().toUpperCase(Locale.ROOT)) {
        case "B":
        case "BLACK":
          playerToMove = Color.BLACK;
          break;
        case "W":
        case "WHITE":
          playerToMove = Color.WHITE;
          break;
        default:
          throw new SgfException("PL[" + value.raw() + "]: expected B or W", value.at());
      }
    }

    private String simpleText(String id) {
      SgfValue value = info.get(id);
      return value == null ? "" : value.simpleText().trim();
    }

    private static int parseSize(SgfValue value) {
      String raw = value.raw().trim();
      int colon = raw.indexOf(':');
      if (colon >= 0) {
        String columns = raw.substring(0, colon).trim();
        String rows = raw.substring(colon + 1).trim();
        if (!NUMBER.matcher(columns).matches() || !NUMBER.matcher(rows).matches()) {
          throw new SgfException("SZ[" + value.raw() + "] is not a board size", value.at());
        }
        if (!columns.equals(rows)) {
          throw new SgfException("SZ[" + value.raw() + "]: non-square boards are not supported", value.at());
        }
        raw = columns;
      }
      if (!NUMBER.matcher(raw).matches()) {
        throw new SgfException("SZ[" + value.raw() + "] is not a board size", value.at());
      }
      int size = raw.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(raw);
      if (size < 2 || size > 25) {
        throw new SgfException("SZ[" + value.raw() + "] is outside the supported sizes 2..25", value.at());
      }
      return size;
    }

    private static double parseKomi(SgfValue value) {
      String raw = value.raw().trim();
      if (raw.isEmpty()) {
        return 0;
      }
      if (!REAL.matcher(raw).matches()) {
        throw new SgfException("KM[" + value.raw() + "] is not a number", value.at());
      }
      return Double.parseDouble(raw);
    }

    private static int parseHandicap(SgfValue value) {
      String raw = value.raw().trim();
      if (!NUMBER.matcher(raw).matches() || raw.length() > 4) {
        throw new SgfException("HA[" + value.raw() + "] is not a number of stones", value.at());
      }
      int handicap = Integer.parseInt(raw);
      if (handicap < 0) {
        throw new SgfException("HA[" + value.raw() + "] is negative", value.at());
      }
      return handicap;
    }
  }
}
