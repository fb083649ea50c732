package dev.tengen.cli.engine;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.IllegalMoveException;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.Stone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The game a GTP controller or a terminal player is building: board size, rules (komi), setup
 * (handicap) stones and the moves, with undo.
 *
 * <p>GTP lets the controller play either colour at any time ({@code play b D4} twice, or moves
 * after two passes). The {@link Game} accepts only the side to move in a game that is not over,
 * so in those cases the session starts a new <em>segment</em>: a fresh {@link Game} set up from
 * the current stones with the requested colour to move. Positional superko then only sees
 * positions from the segment's start on, and the simple-ko point is dropped; both only matter
 * for such unusual sequences. Undo restores the previous segment exactly.
 *
 * <p>{@link #generation()} changes whenever the position changes other than by a move played
 * on the current segment (new board, komi, setup, undo, new segment), so a searcher can tell
 * when its tree no longer applies.
 *
 * <p>Not thread-safe.
 */
public final class GoSession {
  /** Plies allowed per game in interactive play, as a multiple of the points. */
  static final int MOVE_CAP_PER_POINT = 10;

  private int size;
  private Rules rules;
  private Game game;
  private int[] setupBlack = new int[0];
  private int[] setupWhite = new int[0];
  private final List<Move> history = new ArrayList<>();
  /** One entry per undoable step: null = undo one ply of the game; else the segment to restore. */
  private final List<Segment> undo = new ArrayList<>();
  private int capturesBlackBase;
  private int capturesWhiteBase;
  private int generation;

  private record Segment(Game game, int capturesBlackBase, int capturesWhiteBase, int historySize) {}

  /**
   * An empty board.
   *
   * @throws IllegalArgumentException if the size is outside 2..25
   */
  public GoSession(int size, Rules rules) {
    this.size = Actions.checkSize(size);
    this.rules = Objects.requireNonNull(rules, "rules");
    clear();
  }

  /** The board size. */
  public int size() {
    return size;
  }

  /** The rules, komi included. */
  public Rules rules() {
    return rules;
  }

  /**
   * The current game (read it, do not play on it: moves go through {@link #play}). Its
   * {@link Game#moves()} cover the current segment only; {@link #moves()} has them all.
   */
  public Game game() {
    return game;
  }

  /** Changes whenever the position changes other than by a move on the current segment. */
  public int generation() {
    return generation;
  }

  /** The colour to move. */
  public Color toMove() {
    return game.toMove();
  }

  /** Every move since the setup, in order (all segments). */
  public List<Move> moves() {
    return List.copyOf(history);
  }

  /** Black's setup stones (handicap), as actions. */
  public int[] setupBlack() {
    return setupBlack.clone();
  }

  /** White's setup stones, as actions. */
  public int[] setupWhite() {
    return setupWhite.clone();
  }

  /** Stones captured by a colour since the start, across segments. */
  public int captures(Color byColor) {
    int base = byColor == Color.BLACK ? capturesBlackBase : capturesWhiteBase;
    return base + game.captures(byColor);
  }

  /**
   * A new empty board of another size (rules kept).
   *
   * @throws IllegalArgumentException if the size is outside 2..25; the session is then unchanged
   */
  public void setBoardSize(int newSize) {
    Actions.checkSize(newSize);
    size = newSize;
    clear();
  }

  /** Empties the board, keeping size and rules. */
  public void clear() {
    setupBlack = new int[0];
    setupWhite = new int[0];
    game = new Game(size, rules, moveCap(size));
    history.clear();
    undo.clear();
    capturesBlackBase = 0;
    capturesWhiteBase = 0;
    generation++;
  }

  /**
   * Changes the komi; the position and the moves are kept (the game is rebuilt by replaying).
   *
   * @throws IllegalArgumentException if the komi is not a multiple of 0.5
   */
  public void setKomi(double komi) {
    setRules(rules.withKomi(Rules.checkKomi(komi)));
  }

  /** Changes the rules, keeping the setup and replaying the moves (those still legal). */
  public void setRules(Rules newRules) {
    Objects.requireNonNull(newRules, "newRules");
    if (newRules.equals(rules)) {
      return;
    }
    List<Move> moves = List.copyOf(history);
    int[] black = setupBlack;
    int[] white = setupWhite;
    Color first = startingColour();
    rules = newRules;
    restart(black, white, first);
    for (Move move : moves) {
      if (illegalReason(move.color(), move.action()) != null) {
        break; // only a ko-rule change can make an earlier move illegal; keep what is legal
      }
      play(move.color(), move.action());
    }
  }

  private Color startingColour() {
    return history.isEmpty() ? game.toMove() : history.get(0).color();
  }

  /**
   * Starts over from setup stones with {@code toMove} to play (handicap, SGF {@code AB}/{@code
   * AW}). Clears the moves and the undo history.
   *
   * @throws IllegalArgumentException naming the point if a setup point is off the board,
   *     repeated, or leaves a chain without liberties; the session is then unchanged
   */
  public void restart(int[] black, int[] white, Color toMove) {
    Game fresh = Game.withSetup(size, rules, moveCap(size), black, white, toMove);
    setupBlack = black.clone();
    setupWhite = white.clone();
    game = fresh;
    history.clear();
    undo.clear();
    capturesBlackBase = 0;
    capturesWhiteBase = 0;
    generation++;
  }

  /** Whether the board is empty and no move has been played (handicap may be placed). */
  public boolean isEmptyBoard() {
    if (!history.isEmpty()) {
      return false;
    }
    for (int a = 0; a < size * size; a++) {
      if (game.stoneAt(a) != Stone.EMPTY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why {@code color} may not play {@code action} now, or null if it may. Out-of-turn moves and
   * moves after the end of the game are judged on the position as it stands.
   */
  public IllegalReason illegalReason(Color color, int action) {
    Actions.check(action, size);
    if (color == game.toMove() && !game.isOver()) {
      return game.illegalReason(action);
    }
    return continuation(color).illegalReason(action);
  }

  /**
   * Plays a point or pass for {@code color}, whether or not it is that colour's turn.
   *
   * @throws IllegalMoveException naming the move and why it is illegal; the session is then
   *     unchanged
   * @throws IllegalArgumentException if the action is off the board
   */
  public void play(Color color, int action) {
    Actions.check(action, size);
    if (color == game.toMove() && !game.isOver()) {
      game.play(action);
      undo.add(null);
      history.add(Move.play(color, action));
      return;
    }
    Game next = continuation(color);
    next.play(action);
    undo.add(new Segment(game, capturesBlackBase, capturesWhiteBase, history.size()));
    capturesBlackBase += game.captures(Color.BLACK);
    capturesWhiteBase += game.captures(Color.WHITE);
    game = next;
    history.add(Move.play(color, action));
    generation++;
  }

  /**
   * The position {@code color} would play in: the current game when it is that colour's turn
   * and the game is not over, else a fresh copy set up from the current stones with {@code color}
   * to move (what {@link #play} would continue from). The caller may play on the result.
   */
  public Game positionFor(Color color) {
    if (color == game.toMove() && !game.isOver()) {
      return game.copy();
    }
    return continuation(color);
  }

  /** A new segment: the current stones, {@code color} to move. */
  private Game continuation(Color color) {
    List<Integer> black = new ArrayList<>();
    List<Integer> white = new ArrayList<>();
    for (int a = 0; a < size * size; a++) {
      int stone = game.stoneAt(a);
      if (stone == Stone.BLACK) {
        black.add(a);
      } else if (stone == Stone.WHITE) {
        white.add(a);
      }
    }
    return Game.withSetup(size, rules, moveCap(size),
        black.stream().mapToInt(Integer::intValue).toArray(),
        white.stream().mapToInt(Integer::intValue).toArray(), color);
  }

  /**
   * Takes back the last move.
   *
   * @return false if there is no move to take back (the session is unchanged)
   */
  public boolean undo() {
    if (undo.isEmpty()) {
      return false;
    }
    Segment segment = undo.remove(undo.size() - 1);
    history.remove(history.size() - 1);
    if (segment == null) {
      game.undo();
    } else {
      game = segment.game();
      capturesBlackBase = segment.capturesBlackBase();
      capturesWhiteBase = segment.capturesWhiteBase();
    }
    generation++;
    return true;
  }

  /** The move cap of interactive games: generous, so that only the players end a game. */
  static int moveCap(int size) {
    return MOVE_CAP_PER_POINT * size * size;
  }
}
