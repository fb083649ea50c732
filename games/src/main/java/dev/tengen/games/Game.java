package dev.tengen.games;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A game of Go: a {@link Board} plus its history and {@link Rules}. Tracks the side to move,
 * forbids suicide (unless the rules allow it) and ko (simple ko, or positional superko over
 * every position since the start), ends on two consecutive passes, a resignation or the move
 * cap, and scores by Tromp-Taylor area with komi.
 *
 * <p>Plies are moves and passes; a resignation is recorded in {@link #moves()} and can be
 * undone, but is not a ply ({@link #moveNumber()}, {@link #lastAction(int)} and
 * {@link #stonesAgo(int, int[])} ignore it).
 *
 * <p>Costs: {@link #play(int)}, {@link #undo()}, {@link #isLegal(int)} and
 * {@link #legalActions(boolean[])} allocate nothing (history arrays double in the rare case
 * they fill). A legality test is O(neighbours) plus, under superko, at most one hash lookup of
 * the position the move would produce (computed without playing it); {@link #legalActions}
 * visits only the empty points. {@link #copy()} allocates. Not thread-safe.
 *
 * <h2>The superko filter</h2>
 * Most moves cannot repeat a position, and two facts prove it without hashing:
 * <ol>
 *   <li>Equal positions hold equal numbers of stones. So a move whose result holds k stones
 *       can repeat a position of the history only if some position of the history holds k
 *       stones ({@code withStones[k] > 0}).
 *   <li>Let position j be the one after the last ply that removed stones (a capture, or an
 *       allowed suicide), 0 if none did. A move that removes nothing cannot recreate any
 *       position i &ge; j: from position i to the result every ply adds at most one stone
 *       and removes none, and the move itself adds one, so the result is a strict superset of
 *       position i. It can only recreate a position before j; since positions are added and
 *       removed as a stack, the earliest position holding k stones is known
 *       ({@code firstWithStones[k]}) and the test is {@code firstWithStones[k] < j}.
 * </ol>
 * Only moves that pass the filter look up the hash, so the filter changes no answer: it
 * skips lookups that cannot succeed.
 */
public final class Game {
  private final Board board;
  private final Rules rules;
  private final int moveCap;
  private final int size;
  private final int passAction;
  /** The colour to move at ply 0 (after setup). */
  private final int firstStone;

  /** actions[i] is the action of ply i. */
  private int[] actions;
  /** positionHashes[i] is the position hash after ply i; the start position is in {@link #seen}. */
  private long[] positionHashes;
  private int plies;
  private long startHash;
  /** Every position since the start, ply by ply (the start and the current included). */
  private final PositionCounts seen;
  /** Who resigned, or null. */
  private Color resigned;
  /** withStones[k]: how many positions of the history (start and current included) hold k stones. */
  private final int[] withStones;
  /** firstWithStones[k]: the earliest position index holding k stones, valid while withStones[k] > 0. */
  private final int[] firstWithStones;
  /**
   * lastRemoval[i]: the index of the last position, up to position i + 1 (the one after ply i),
   * reached by a ply that removed stones; 0 if none. Position index p is the position after p plies.
   */
  private int[] lastRemoval;

  /** A game on an empty board; the move cap is 3 * size * size. */
  public Game(int size, Rules rules) {
    this(size, rules, 3 * size * size);
  }

  /**
   * A game on an empty board, Black to move.
   *
   * @throws IllegalArgumentException if size is outside 2..25 or moveCap is not positive
   */
  public Game(int size, Rules rules, int moveCap) {
    this(new Board(size), rules, moveCap, Stone.BLACK);
  }

  private Game(Board board, Rules rules, int moveCap, int firstStone) {
    this.board = board;
    this.rules = requireNonNull(rules, "rules");
    if (moveCap < 1) {
      throw new IllegalArgumentException("move cap " + moveCap + " is not positive");
    }
    this.moveCap = moveCap;
    this.size = board.size();
    this.passAction = size * size;
    this.firstStone = firstStone;
    int capacity = Math.min(moveCap, 4 * size * size) + 1;
    this.actions = new int[capacity];
    this.positionHashes = new long[capacity];
    this.startHash = board.positionHash();
    this.seen = new PositionCounts(capacity);
    seen.add(startHash);
    this.lastRemoval = new int[capacity];
    // Indices up to size * size + 1: the stone count a move could produce on a full board.
    this.withStones = new int[passAction + 2];
    this.firstWithStones = new int[passAction + 2];
    withStones[board.stoneCount()] = 1;
  }

  private Game(Game other) {
    this.board = other.board.copy();
    this.rules = other.rules;
    this.moveCap = other.moveCap;
    this.size = other.size;
    this.passAction = other.passAction;
    this.firstStone = other.firstStone;
    this.actions = other.actions.clone();
    this.positionHashes = other.positionHashes.clone();
    this.plies = other.plies;
    this.startHash = other.startHash;
    this.seen = new PositionCounts(other.seen);
    this.resigned = other.resigned;
    this.lastRemoval = other.lastRemoval.clone();
    this.withStones = other.withStones.clone();
    this.firstWithStones = other.firstWithStones.clone();
  }

  /**
   * A game starting from setup stones (handicap, SGF AB/AW) with the given side to move. The
   * setup is the starting position: it is not a ply and cannot be undone.
   *
   * @throws IllegalArgumentException naming the point if a setup point is off the board, given
   *     twice, or leaves a chain without liberties
   */
  public static Game withSetup(
      int size, Rules rules, int moveCap, int[] blackActions, int[] whiteActions, Color toMove) {
    requireNonNull(toMove, "toMove");
    Board board = new Board(size);
    board.setUp(blackActions.clone(), whiteActions.clone());
    return new Game(board, rules, moveCap, toMove.stone());
  }

  /** A deep, independent copy, history included. Allocates. */
  public Game copy() {
    return new Game(this);
  }

  // ---------------------------------------------------------------- basic facts

  public int size() {
    return size;
  }

  public Rules rules() {
    return rules;
  }

  /** The ply count at which the game ends and is scored as it stands. */
  public int moveCap() {
    return moveCap;
  }

  /** Who is to move (also after the game is over: whoever would be next). */
  public Color toMove() {
    return Color.ofStone(toMoveStone());
  }

  /** {@link Stone#BLACK} or {@link Stone#WHITE}: who is to move. */
  public int toMoveStone() {
    return (plies & 1) == 0 ? firstStone : 3 - firstStone;
  }

  /** Plies played since the start: moves and passes (setup stones and resignations excluded). */
  public int moveNumber() {
    return plies;
  }

  /** size * size + 1. */
  public int numActions() {
    return passAction + 1;
  }

  /** size * size. */
  public int passAction() {
    return passAction;
  }

  /** The board (read it, do not play on it: that would bypass the history). */
  public Board board() {
    return board;
  }

  // ---------------------------------------------------------------- end of game

  /** True after two consecutive passes, a resignation, or when the move cap is reached. */
  public boolean isOver() {
    return resigned != null || plies >= moveCap || consecutivePasses() >= 2;
  }

  /**
   * How the game ended.
   *
   * @throws IllegalStateException if the game is not over
   */
  public GameResult result() {
    if (resigned != null) {
      return GameResult.resignation(resigned.opponent());
    }
    if (consecutivePasses() >= 2) {
      return GameResult.byScore(areaScore(), EndReason.TWO_PASSES);
    }
    if (plies >= moveCap) {
      return GameResult.byScore(areaScore(), EndReason.MOVE_CAP);
    }
    throw new IllegalStateException("the game is not over (move " + plies + ")");
  }

  /** The number of passes at the end of the plies so far. */
  public int consecutivePasses() {
    int n = 0;
    for (int i = plies - 1; i >= 0 && actions[i] == passAction; i--) {
      n++;
    }
    return n;
  }

  /** Who resigned, or null. */
  public Color resignedBy() {
    return resigned;
  }

  // ---------------------------------------------------------------- legality

  /** True if the player to move may take this action now. Allocates nothing. */
  public boolean isLegal(int action) {
    return illegalReason(action) == null;
  }

  /**
   * Why the player to move may not take this action now, or null if they may. Checks in the
   * order game over, occupied, ko (the simple-ko retake, under both ko rules), suicide,
   * superko. Allocates nothing.
   *
   * @throws IllegalArgumentException if action is outside [0, numActions)
   */
  public IllegalReason illegalReason(int action) {
    return reasonFor(action, toMoveStone());
  }

  /**
   * Why a colour (to move or not, as GTP's {@code is_legal} asks) may not take this action in
   * the current position and history, or null if it may. Same checks as
   * {@link #illegalReason(int)}; allocates nothing.
   *
   * @throws IllegalArgumentException if action is outside [0, numActions)
   */
  public IllegalReason illegalReason(int action, Color color) {
    return reasonFor(action, color.stone());
  }

  /** True if a colour (to move or not) may take this action now. */
  public boolean isLegal(int action, Color color) {
    return reasonFor(action, color.stone()) == null;
  }

  private IllegalReason reasonFor(int action, int c) {
    Actions.check(action, size);
    if (isOver()) {
      return IllegalReason.GAME_OVER;
    }
    if (action == passAction) {
      return null;
    }
    int v = board.vertex(action);
    if (board.stone(v) != Stone.EMPTY) {
      return IllegalReason.OCCUPIED;
    }
    if (v == board.koVertex() && c == board.koStone()) {
      return IllegalReason.KO;
    }
    int captured = board.captureCount(v, c);
    if (captured < 0 && !rules.suicideAllowed()) {
      return IllegalReason.SUICIDE;
    }
    if (rules.ko() == KoRule.POSITIONAL_SUPERKO && repeats(v, c, captured)) {
      return IllegalReason.SUPERKO;
    }
    return null;
  }

  /**
   * True if stone c at empty vertex v, which captures this many stones (-1: suicide), would
   * recreate a position of the history. Exact up to Zobrist collisions; looks the hash up
   * only when the filter in the class comment cannot rule the repetition out.
   */
  private boolean repeats(int v, int c, int captured) {
    if (captured == 0) {
      int k = board.stoneCount() + 1;
      if (withStones[k] == 0 || firstWithStones[k] >= lastRemovalIndex()) {
        return false;
      }
      return seen.contains(board.positionHash() ^ Zobrist.stone(c, v));
    }
    if (captured > 0 && withStones[board.stoneCount() + 1 - captured] == 0) {
      return false;
    }
    return seen.contains(board.hashAfter(v, c));
  }

  /** The index of the last position reached by a ply that removed stones; 0 if none. */
  private int lastRemovalIndex() {
    return plies == 0 ? 0 : lastRemoval[plies - 1];
  }

  /**
   * Fills mask[0..numActions) with the legality of each action for the player to move and
   * returns how many are legal (0 when the game is over). Visits the empty points only, each in
   * O(1) (see the superko filter in the class comment). Allocates nothing.
   *
   * @throws IllegalArgumentException if mask is shorter than numActions
   */
  public int legalActions(boolean[] mask) {
    if (mask.length < passAction + 1) {
      throw new IllegalArgumentException(
          "mask has " + mask.length + " entries, needs " + (passAction + 1));
    }
    if (isOver()) {
      Arrays.fill(mask, 0, passAction + 1, false);
      return 0;
    }
    Arrays.fill(mask, 0, passAction, false);
    Board b = board;
    int c = toMoveStone();
    int ko = b.koStone() == c ? b.koVertex() : -1;
    boolean superko = rules.ko() == KoRule.POSITIONAL_SUPERKO;
    boolean suicideAllowed = rules.suicideAllowed();
    // The superko filter of the class comment, hoisted: can a move that removes nothing repeat?
    int plainStones = b.stoneCount() + 1;
    boolean plainMayRepeat = superko && withStones[plainStones] > 0
        && firstWithStones[plainStones] < lastRemovalIndex();
    long hash = b.positionHash();
    int empties = b.emptyCount();
    int count = 0;
    for (int i = 0; i < empties; i++) {
      int v = b.emptyVertex(i);
      if (v == ko) {
        continue;
      }
      int captured = b.captureCount(v, c);
      boolean legal;
      if (captured == 0) {
        legal = !plainMayRepeat || !seen.contains(hash ^ Zobrist.stone(c, v));
      } else {
        legal = (captured > 0 || suicideAllowed) && !(superko && repeats(v, c, captured));
      }
      if (legal) {
        mask[b.action(v)] = true;
        count++;
      }
    }
    mask[passAction] = true;
    return count + 1;
  }

  // ---------------------------------------------------------------- moves

  /**
   * Plays an action (a point or pass) for the player to move.
   *
   * @throws IllegalMoveException with the reason if it is illegal; the game is then unchanged
   * @throws IllegalArgumentException if action is outside [0, numActions)
   */
  public void play(int action) {
    IllegalReason reason = illegalReason(action);
    if (reason != null) {
      throw new IllegalMoveException(reason, describeIllegal(action, reason));
    }
    int stonesBefore = board.stoneCount();
    if (action == passAction) {
      board.pass();
    } else {
      board.play(board.vertex(action), toMoveStone());
      stonesBefore++;
    }
    if (plies == actions.length) {
      actions = Arrays.copyOf(actions, plies * 2);
      positionHashes = Arrays.copyOf(positionHashes, plies * 2);
      lastRemoval = Arrays.copyOf(lastRemoval, plies * 2);
    }
    long h = board.positionHash();
    int stones = board.stoneCount();
    // stonesBefore now counts the stone just played: fewer stones means the ply removed some.
    lastRemoval[plies] = stones < stonesBefore ? plies + 1 : lastRemovalIndex();
    actions[plies] = action;
    positionHashes[plies] = h;
    plies++;
    seen.add(h);
    if (withStones[stones]++ == 0) {
      firstWithStones[stones] = plies;
    }
  }

  /**
   * Plays a move (point, pass or resignation) for its colour.
   *
   * @throws IllegalArgumentException if the move's colour is not to move (a resignation may
   *     come from either side) or its action is out of range
   * @throws IllegalMoveException if it is illegal; the game is then unchanged
   */
  public void play(Move move) {
    if (move.resign()) {
      resign(move.color());
      return;
    }
    if (move.color() != toMove()) {
      throw new IllegalArgumentException(
          "move " + move.toString(size) + " is out of turn: " + toMove() + " is to move");
    }
    play(move.action());
  }

  /**
   * The loser resigns; the game is over and the opponent wins.
   *
   * @throws IllegalMoveException with {@link IllegalReason#GAME_OVER} if the game is already over
   */
  public void resign(Color loser) {
    requireNonNull(loser, "loser");
    if (isOver()) {
      throw new IllegalMoveException(IllegalReason.GAME_OVER,
          loser + " cannot resign at move " + plies + ": the game is over");
    }
    resigned = loser;
  }

  /**
   * Takes back the last ply or resignation, restoring board, history, ko point and captures
   * exactly. Allocates nothing.
   *
   * @throws IllegalStateException if there is nothing to undo
   */
  public void undo() {
    if (resigned != null) {
      resigned = null;
      return;
    }
    if (plies == 0) {
      throw new IllegalStateException("nothing to undo: no move has been played");
    }
    plies--;
    seen.remove(positionHashes[plies]);
    withStones[board.stoneCount()]--;
    board.undo();
  }

  private String describeIllegal(int action, IllegalReason reason) {
    String move = Color.ofStone(toMoveStone()).sgfLetter() + " " + Actions.toGtp(action, size);
    switch (reason) {
      case GAME_OVER:
        return "illegal move " + move + ": the game is over";
      case OCCUPIED:
        return "illegal move " + move + ": the point is occupied";
      case KO:
        return "illegal move " + move + ": it retakes a ko immediately";
      case SUICIDE:
        return "illegal move " + move + ": suicide";
      case SUPERKO:
        return "illegal move " + move + ": it repeats an earlier position (positional superko)";
      default:
        throw new AssertionError(reason);
    }
  }

  // ---------------------------------------------------------------- position queries

  /** Zobrist hash of the stones only: what positional superko compares. */
  public long positionHash() {
    return board.positionHash();
  }

  /** positionHash xor a side-to-move key xor a key for the simple-ko point (if any). */
  public long hash() {
    long h = board.positionHash();
    if (toMoveStone() == Stone.WHITE) {
      h ^= Zobrist.WHITE_TO_MOVE;
    }
    int ko = koVertexForToMove();
    if (ko >= 0) {
      h ^= Zobrist.KO[ko];
    }
    return h;
  }

  /** {@link Stone#EMPTY}, {@link Stone#BLACK} or {@link Stone#WHITE} at a point action. */
  public int stoneAt(int action) {
    return board.stone(board.vertex(checkPoint(action)));
  }

  /** Exact liberties of the chain on a point action; 0 if it is empty. O(1). */
  public int liberties(int action) {
    return board.liberties(board.vertex(checkPoint(action)));
  }

  /**
   * The action of the ply pliesAgo plies back (0 = the last; pass is passAction()), or -1 if
   * there was none.
   *
   * @throws IllegalArgumentException if pliesAgo is negative
   */
  public int lastAction(int pliesAgo) {
    if (pliesAgo < 0) {
      throw new IllegalArgumentException("pliesAgo " + pliesAgo + " is negative");
    }
    return pliesAgo < plies ? actions[plies - 1 - pliesAgo] : -1;
  }

  /**
   * Writes into out[0..size*size) the stones (Stone values, by action) as they were pliesAgo
   * plies ago (0 = now); before the start, the starting position. O(points) plus the undo-log
   * entries of those plies; allocates nothing.
   *
   * @throws IllegalArgumentException if pliesAgo is negative or out is too short
   */
  public void stonesAgo(int pliesAgo, int[] out) {
    if (pliesAgo < 0) {
      throw new IllegalArgumentException("pliesAgo " + pliesAgo + " is negative");
    }
    if (out.length < passAction) {
      throw new IllegalArgumentException(
          "out has " + out.length + " entries, needs " + passAction);
    }
    board.stonesAgo(Math.min(pliesAgo, plies), out);
  }

  /** The point action where the player to move may not play because of simple ko, or -1. */
  public int koAction() {
    int v = koVertexForToMove();
    return v < 0 ? -1 : board.action(v);
  }

  private int koVertexForToMove() {
    int v = board.koVertex();
    return v >= 0 && board.koStone() == toMoveStone() ? v : -1;
  }

  /** Stones captured by a colour so far (its opponent's suicides included). */
  public int captures(Color byColor) {
    return board.captures(byColor.stone());
  }

  /** Tromp-Taylor area of a colour in the current position. O(points). */
  public int area(Color color) {
    return board.area(color.stone());
  }

  /** area(BLACK) - area(WHITE) - komi; positive when Black leads. O(points). */
  public double areaScore() {
    return board.areaDifference() - rules.komi();
  }

  /** The plies so far, then the resignation if there was one. Allocates. */
  public List<Move> moves() {
    List<Move> list = new ArrayList<>(plies + 1);
    for (int i = 0; i < plies; i++) {
      int stone = (i & 1) == 0 ? firstStone : 3 - firstStone;
      list.add(Move.play(Color.ofStone(stone), actions[i]));
    }
    if (resigned != null) {
      list.add(Move.resign(resigned));
    }
    return list;
  }

  private int checkPoint(int action) {
    if (action < 0 || action >= passAction) {
      throw new IllegalArgumentException(
          "action " + action + " is not a point of a " + size + "x" + size + " board");
    }
    return action;
  }

  /**
   * Checks the board ({@link Board#checkConsistency()}) and the history: one board undo frame
   * per ply and a position multiset equal to the start position plus the position after each
   * ply. For tests; allocates.
   *
   * @throws IllegalStateException describing the first broken invariant
   */
  public void checkConsistency() {
    board.checkConsistency();
    if (board.undoDepth() != plies) {
      throw new IllegalStateException(
          "board has " + board.undoDepth() + " undo frames for " + plies + " plies");
    }
    if (plies > 0 && positionHashes[plies - 1] != board.positionHash()) {
      throw new IllegalStateException("last recorded position hash differs from the board's");
    }
    PositionCounts expected = new PositionCounts(plies + 1);
    expected.add(startHash);
    for (int i = 0; i < plies; i++) {
      expected.add(positionHashes[i]);
    }
    if (!expected.equals(seen)) {
      throw new IllegalStateException("the superko history differs from the recorded positions");
    }
    for (int i = 0; i < plies; i++) {
      if (actions[i] < 0 || actions[i] > passAction) {
        throw new IllegalStateException("ply " + i + " has action " + actions[i]);
      }
    }
    checkStoneCounts();
  }

  /** Recomputes the superko filter's fields from the board's history and compares. */
  private void checkStoneCounts() {
    int[] stones = new int[plies + 1];
    int[] out = new int[passAction];
    for (int p = 0; p <= plies; p++) {
      board.stonesAgo(plies - p, out);
      for (int x : out) {
        if (x != Stone.EMPTY) {
          stones[p]++;
        }
      }
    }
    int[] expected = new int[withStones.length];
    int last = 0;
    for (int p = 0; p <= plies; p++) {
      if (expected[stones[p]]++ == 0 && firstWithStones[stones[p]] != p) {
        throw new IllegalStateException("the first position with " + stones[p] + " stones is "
            + p + ", recorded " + firstWithStones[stones[p]]);
      }
      if (p > 0) {
        if (stones[p] < stones[p - 1] + (actions[p - 1] == passAction ? 0 : 1)) {
          last = p;
        }
        if (lastRemoval[p - 1] != last) {
          throw new IllegalStateException("after ply " + (p - 1) + " the last removal is at position "
              + last + ", recorded " + lastRemoval[p - 1]);
        }
      }
    }
    if (!Arrays.equals(expected, withStones)) {
      throw new IllegalStateException("positions by stone count " + Arrays.toString(withStones)
          + " differ from the recomputed " + Arrays.toString(expected));
    }
  }

  /** The board as text (top row first), then who is to move. */
  @Override
  public String toString() {
    return board.toString() + toMove() + " to move, move " + plies + (isOver() ? " (over: " + result() + ")" : "");
  }
}
