package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Go game as an SGF file records it: the main line only, as plain values.
 *
 * <p>Coordinates are Tengen action indices (row 0 at the bottom, pass = {@code size * size}); the
 * flip from SGF's top-left letters is done by {@link SgfPoints}. Text fields hold the decoded text
 * ({@code ""} when the file has none). Root properties Tengen does not interpret (GN, EV, PC, TM,
 * ...) are kept raw, escapes intact, in {@link #otherProperties} and written back as they were.
 *
 * <p>Moves are kept as the file has them, including two moves of the same colour in a row, which
 * SGF allows; {@link #toGame()} replays such a move after an implied pass by the other colour.
 *
 * @param size board size, 2..25
 * @param komi KM, 0 when the file has none (SGF gives no default)
 * @param rules RU text, {@code ""} when none; see {@link SgfRules} for how it maps to {@link Rules}
 * @param blackPlayer PB
 * @param whitePlayer PW
 * @param result RE text ("B+3.5", "W+R", "0", or whatever the file says)
 * @param date DT
 * @param handicap HA, 0 when none (informational: the stones are in {@link #blackSetup})
 * @param blackSetup AB points (actions, never pass), in file order, without duplicates
 * @param whiteSetup AW points, disjoint from blackSetup
 * @param firstToMove who plays first after the setup: PL, or else see {@link #defaultFirstToMove}
 * @param moves the main line's moves
 * @param rootComment C of the root node (and of other nodes before the first move, joined by
 *     newlines)
 * @param otherProperties uninterpreted root properties: identifier to raw values, in file order
 */
public record SgfGame(
    int size,
    double komi,
    String rules,
    String blackPlayer,
    String whitePlayer,
    String result,
    String date,
    int handicap,
    List<Integer> blackSetup,
    List<Integer> whiteSetup,
    Color firstToMove,
    List<SgfMove> moves,
    String rootComment,
    Map<String, List<String>> otherProperties) {

  /** Properties this record interprets; they cannot be among {@link #otherProperties}. */
  static final Set<String> INTERPRETED =
      Set.of("GM", "FF", "CA", "AP", "SZ", "KM", "RU", "PB", "PW", "RE", "DT", "HA", "AB", "AW",
          "AE", "PL", "C", "B", "W");

  /**
   * Validates and copies everything (the record is deeply immutable).
   *
   * @throws IllegalArgumentException naming the offending field: size outside 2..25, komi not
   *     finite, negative handicap, a setup point off the board or repeated or of both colours, a
   *     move action off the board, an other-property that is interpreted here or whose raw value
   *     would not survive being written
   */
  public SgfGame {
    Actions.checkSize(size);
    if (!Double.isFinite(komi)) {
      throw new IllegalArgumentException("komi " + komi + " is not finite");
    }
    requireNonNull(rules, "rules");
    requireNonNull(blackPlayer, "blackPlayer");
    requireNonNull(whitePlayer, "whitePlayer");
    requireNonNull(result, "result");
    requireNonNull(date, "date");
    requireNonNull(firstToMove, "firstToMove");
    requireNonNull(rootComment, "rootComment");
    if (handicap < 0) {
      throw new IllegalArgumentException("handicap " + handicap + " is negative");
    }
    blackSetup = List.copyOf(blackSetup);
    whiteSetup = List.copyOf(whiteSetup);
    Set<Integer> seen = new HashSet<>();
    for (List<Integer> setup : List.of(blackSetup, whiteSetup)) {
      for (int action : setup) {
        if (action < 0 || action >= size * size) {
          throw new IllegalArgumentException("setup point " + action + " is off the " + size + "x" + size + " board");
        }
        if (!seen.add(action)) {
          throw new IllegalArgumentException("setup point " + Actions.toGtp(action, size) + " is given twice");
        }
      }
    }
    moves = List.copyOf(moves);
    for (int i = 0; i < moves.size(); i++) {
      if (moves.get(i).action() > size * size) {
        throw new IllegalArgumentException(
            "move " + (i + 1) + " has action " + moves.get(i).action() + ", off the " + size + "x" + size + " board");
      }
    }
    Map<String, List<String>> others = new LinkedHashMap<>();
    otherProperties.forEach((id, values) -> others.put(id, checkOtherProperty(id, values)));
    otherProperties = Collections.unmodifiableMap(others);
  }

  /** An empty record: this size and komi, Tengen's default rules, no setup, no moves. */
  public static SgfGame empty(int size, double komi) {
    return new SgfGame(size, komi, SgfRules.name(Rules.DEFAULT), "", "", "", "", 0, List.of(), List.of(),
        Color.BLACK, List.of(), "", Map.of());
  }

  /**
   * The record of a game: size, komi, rules, setup stones, who moved first, every move and pass,
   * and the result when the game is over ({@link dev.tengen.games.GameResult#toSgf()}; a
   * resignation is recorded only there, as SGF has no resignation move). Players, date and comments
   * are empty: add them with the {@code with...} methods. Costs O(moves + size²).
   */
  public static SgfGame fromGame(Game game) {
    return SgfReplay.record(game);
  }

  /**
   * Replays this record with Tengen's rules engine, with the move cap {@code max(3 * size²,
   * plies)} so that every move of the file fits.
   *
   * @throws SgfException as {@link #toGame(int)}
   */
  public Game toGame() {
    return toGame(Math.max(3 * size * size, SgfReplay.plies(this)));
  }

  /**
   * Replays this record: rules from {@link #rules} and {@link #komi} (see {@link SgfRules}), the
   * setup stones, then every move. A move by the colour that just moved is played after an implied
   * pass by the other colour. If the moves do not end the game and {@link #result} is a
   * resignation ("W+R"), the loser resigns.
   *
   * @throws SgfException naming the move number, the move and its position in the file if a move
   *     is illegal (occupied, suicide, ko, superko, after the end of the game); or naming the
   *     komi if it is not a multiple of 0.5; or if the setup stones cannot stand (a stone without
   *     liberties)
   */
  public Game toGame(int moveCap) {
    return SgfReplay.replay(this, moveCap);
  }

  /** Tengen's rules for this record's RU and KM (see {@link SgfRules#toRules}). */
  public Rules tengenRules() {
    return SgfRules.toRules(rules, komi);
  }

  /**
   * Who moves first when the file has no PL: the first move's colour; with no moves, White after
   * Black-only setup stones (a handicap), else Black.
   */
  public static Color defaultFirstToMove(List<Integer> blackSetup, List<Integer> whiteSetup, List<SgfMove> moves) {
    if (!moves.isEmpty()) {
      return moves.get(0).color();
    }
    return !blackSetup.isEmpty() && whiteSetup.isEmpty() ? Color.WHITE : Color.BLACK;
  }

  /**
   * This record cut after its first {@code count} moves, for loading a position in the middle of a
   * game (GTP {@code loadsgf FILE N} loads the position before move N: {@code firstMoves(N - 1)}).
   * The result is cleared, since it belongs to the whole game.
   *
   * @throws IllegalArgumentException if count is negative or more than the number of moves
   */
  public SgfGame firstMoves(int count) {
    if (count < 0 || count > moves.size()) {
      throw new IllegalArgumentException("cannot keep " + count + " of " + moves.size() + " moves");
    }
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, "", date, handicap, blackSetup, whiteSetup,
        firstToMove, moves.subList(0, count), rootComment, otherProperties);
  }

  /** This record with these player names (PB, PW). */
  public SgfGame withPlayers(String black, String white) {
    return new SgfGame(size, komi, rules, black, white, result, date, handicap, blackSetup, whiteSetup,
        firstToMove, moves, rootComment, otherProperties);
  }

  /** This record with this date (DT, e.g. "2026-11-26"). */
  public SgfGame withDate(String newDate) {
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, result, newDate, handicap, blackSetup,
        whiteSetup, firstToMove, moves, rootComment, otherProperties);
  }

  /** This record with this result text (RE). */
  public SgfGame withResult(String newResult) {
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, newResult, date, handicap, blackSetup,
        whiteSetup, firstToMove, moves, rootComment, otherProperties);
  }

  /** This record with this root comment. */
  public SgfGame withRootComment(String comment) {
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, result, date, handicap, blackSetup,
        whiteSetup, firstToMove, moves, comment, otherProperties);
  }

  /**
   * This record with a comment on move {@code index} (0-based).
   *
   * @throws IndexOutOfBoundsException if there is no such move
   */
  public SgfGame withMoveComment(int index, String comment) {
    List<SgfMove> newMoves = new ArrayList<>(moves);
    newMoves.set(index, moves.get(index).withComment(comment));
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, result, date, handicap, blackSetup,
        whiteSetup, firstToMove, newMoves, rootComment, otherProperties);
  }

  /**
   * This record with an extra root property, written as given (raw: escape {@code \} and {@code ]}
   * with {@link SgfText#escape} for text).
   *
   * @throws IllegalArgumentException as the constructor
   */
  public SgfGame withProperty(String id, List<String> rawValues) {
    Map<String, List<String>> others = new LinkedHashMap<>(otherProperties);
    others.put(id, rawValues);
    return new SgfGame(size, komi, rules, blackPlayer, whitePlayer, result, date, handicap, blackSetup,
        whiteSetup, firstToMove, moves, rootComment, others);
  }

  private static List<String> checkOtherProperty(String id, List<String> values) {
    if (!SgfProperty.isIdentifier(id)) {
      throw new IllegalArgumentException("bad SGF property identifier '" + id + "'");
    }
    if (INTERPRETED.contains(id)) {
      throw new IllegalArgumentException("property " + id + " is a field of SgfGame, not an other property");
    }
    List<String> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("property " + id + " has no value");
    }
    for (String raw : copy) {
      if (!isWritableRaw(raw)) {
        throw new IllegalArgumentException(
            "raw value '" + raw + "' of property " + id + " has an unescaped ']' or ends in a lone '\\'");
      }
    }
    return copy;
  }

  /** True if the raw value can stand between brackets: every ']' escaped, no dangling backslash. */
  private static boolean isWritableRaw(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        if (i + 1 == raw.length()) {
          return false;
        }
        i++;
      } else if (c == ']') {
        return false;
      }
    }
    return true;
  }
}
