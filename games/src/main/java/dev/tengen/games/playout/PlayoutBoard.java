package dev.tengen.games.playout;

import dev.tengen.games.Actions;
import dev.tengen.games.Stone;
import java.util.Arrays;

/**
 * A Go board for random playouts: stones, chains with <em>pseudo-liberties</em>, captures and
 * the simple-ko point, with play but no undo. It plays the rules of {@code dev.tengen.games.Board}
 * with simple ko and suicide forbidden, faster, because it never counts liberties exactly; it
 * has no exact liberty counts, hash or undo, so {@code Game} (superko, network features,
 * search) keeps using {@code Board}.
 *
 * <h2>Vertices</h2>
 * The padded layout of {@code Board}: vertex of (x, y) is {@code (y + 1) * (size + 1) + x + 1},
 * neighbours {@code v +- 1} and {@code v +- (size + 1)} (see {@link #vertex(int)}). Contents
 * are {@link Stone#EMPTY}, {@link Stone#BLACK}, {@link Stone#WHITE} and {@link #BORDER}.
 *
 * <h2>Pseudo-liberties</h2>
 * Each chain records the (stone, empty neighbour) pairs of its stones — an empty point next to
 * three of its stones counts three times — as their count, the sum of the empty points' vertex
 * indices and the sum of their squares. Invariants:
 * <ul>
 *   <li>a chain has no liberty exactly when its count is 0, so a move captures exactly the
 *       adjacent opponent chains whose count it brings to 0;</li>
 *   <li>a chain has exactly one liberty (atari) exactly when {@code count * sumSq == sum * sum}
 *       (Cauchy-Schwarz: equality holds only when all counted points are the same), and its
 *       only liberty is a given empty neighbour v exactly when {@code sum == count * v} and
 *       {@code sumSq == count * v * v} (then the sum of {@code (l - v)^2} over them is 0).</li>
 * </ul>
 * No de-duplication is ever needed: a stone placed next to a chain takes one pseudo-liberty per
 * edge, a removed stone gives one back per edge, and merging chains adds their records.
 *
 * <p>The three numbers are packed into one {@code long} per chain,
 * {@code count + (sum << SUM_SHIFT) + (sumSq << SQUARES_SHIFT)}: on boards up to 25x25 a
 * chain has at most 1,200 pseudo-liberties (the grid's edges), so the count needs 11 bits, the
 * sum (vertices up to 675) 20 bits and the sum of squares 30. Packing is linear, so adding and
 * subtracting packed records is adding and subtracting each field, exact while every field is
 * in range, which the true values always are: one read-modify-write per edge instead of three.
 * A point's record is {@link #libertyKey(int)}; "the only liberty of chain h is v" is
 * {@code record == count * libertyKey(v)}, and "no liberty" is {@code record == 0}.
 *
 * <h2>Representation</h2>
 * Plain arrays per vertex: colour; for stones the chain head and the next stone of the chain
 * (a circular linked list; a join keeps the largest chain's head and relabels the others); at
 * the head the chain's size and packed pseudo-liberty record; the list of empty points with
 * each empty point's position in it (O(1) removal, uniform draws); and scalars: the ko point
 * and whom it binds, captures, and Black's stones minus White's. Empty and border vertices are
 * their own heads, and their records are scratch: the updates for empty and border neighbours
 * land there instead of branching, each on its own vertex, so consecutive updates do not wait
 * on one another through one memory location.
 *
 * <h2>Same order as {@code Board}</h2>
 * The empty list is kept in exactly the order {@code Board}'s is (removal moves the last entry
 * into the hole; captured stones are appended in the order of their chain's list, chains in
 * neighbour order; joins pick the same head and splice the lists the same way), so a playout
 * policy that draws positions in the empty list chooses the same moves on both boards from the
 * same random numbers. {@link RandomPlayout} relies on this; the tests check it move by move.
 *
 * <h2>Costs</h2>
 * {@link #playLegal} is O(neighbours) plus O(stones of the smaller chains it merges) plus
 * O(stones captured); {@link #isLegal}, {@link #isEyeOf} and {@link #isInAtari} are
 * O(neighbours) or less; {@link #areaDifference} is O(empty points). Nothing allocates except
 * {@link #copy()}, {@link #checkConsistency()} and {@link #toString()}. Not thread-safe.
 *
 * <h2>Hot-loop choices</h2>
 * Measured against {@code Board} in the same JVM (games/README.md, "Round 5"): the packed
 * records, a scratch record per empty or border vertex (rather than one shared sink), masks
 * instead of conditionals for the new stone's own liberties, and the running stone balance in
 * the score each paid. Choosing the joined chain with conditional moves instead of branches
 * measured about 10% slower (probably because the join's stores then learn their addresses
 * late and the capture test's loads wait behind them), and so did a branch-free acceptance
 * test.
 */
public final class PlayoutBoard {
  /** The value of vertices off the board (as {@code Board.BORDER}). */
  public static final int BORDER = 3;

  private static final int EMPTY = Stone.EMPTY;
  private static final int BLACK = Stone.BLACK;
  private static final int WHITE = Stone.WHITE;

  /** Where the sum of the liberties' vertices starts in a packed record. */
  static final int SUM_SHIFT = 11;
  /** Where the sum of their squares starts. */
  static final int SQUARES_SHIFT = 31;
  private static final long COUNT_MASK = (1L << SUM_SHIFT) - 1;
  private static final long SUM_MASK = (1L << (SQUARES_SHIFT - SUM_SHIFT)) - 1;

  private final Geometry geometry;
  private final int stride;
  /** geometry.libertyKey. */
  private final long[] key;

  // The state. Package-private: RandomPlayout reads colour and the empty list directly.
  /** EMPTY, BLACK, WHITE or BORDER per vertex. */
  final int[] colour;
  /** The chain head of a stone; the vertex itself for empty and border vertices. */
  final int[] head;
  /** The next stone of the chain's circular list (meaningful for stones only). */
  final int[] next;
  /** At a head: the chain's number of stones. */
  final int[] chainSize;
  /** At a head: the packed pseudo-liberty record; scratch at empty and border vertices. */
  final long[] libs;
  /** The empty points, in positions 0 .. emptyCount - 1. */
  final int[] emptyList;
  /** The position in emptyList of each empty point. */
  final int[] emptyPos;
  int emptyCount;
  /** The simple-ko point, or -1, and the colour barred from it. */
  int koVertex;
  int koStone;
  private int blackCaptures;
  private int whiteCaptures;
  /** Black stones on the board minus White stones. */
  int stoneBalance;

  // Scratch for the area flood fill, not state.
  private final int[] mark;
  private int markStamp;
  private final int[] stack;

  /** An empty board. @throws IllegalArgumentException for sizes outside 2..25 */
  public PlayoutBoard(int size) {
    geometry = Geometry.of(size);
    stride = geometry.stride;
    key = geometry.libertyKey;
    int n = geometry.vertices;
    colour = new int[n];
    head = new int[n];
    next = new int[n];
    chainSize = new int[n];
    libs = new long[n];
    emptyList = new int[geometry.points];
    emptyPos = new int[n];
    mark = new int[n];
    stack = new int[n];
    reset();
  }

  /**
   * The packed pseudo-liberty record of one liberty at vertex v:
   * {@code 1 + (v << SUM_SHIFT) + (v * v << SQUARES_SHIFT)}.
   */
  static long libertyKey(int v) {
    return 1L + ((long) v << SUM_SHIFT) + ((long) v * v << SQUARES_SHIFT);
  }

  /** Empties the board: no stones, no ko point, no captures; the empty list in action order. */
  public void reset() {
    Geometry g = geometry;
    System.arraycopy(g.emptyColours, 0, colour, 0, g.vertices);
    System.arraycopy(g.identity, 0, head, 0, g.vertices);
    System.arraycopy(g.emptyList, 0, emptyList, 0, g.points);
    System.arraycopy(g.emptyPositions, 0, emptyPos, 0, g.vertices);
    emptyCount = g.points;
    koVertex = -1;
    koStone = EMPTY;
    blackCaptures = 0;
    whiteCaptures = 0;
    stoneBalance = 0;
  }

  /**
   * Makes this board equal to another of the same size, every field included (the empty
   * list's order too). Allocates nothing.
   *
   * @throws IllegalArgumentException if the sizes differ
   */
  public void copyFrom(PlayoutBoard other) {
    if (other.geometry != geometry) {
      throw new IllegalArgumentException("cannot copy a " + other.size() + "x" + other.size()
          + " board into a " + size() + "x" + size() + " board");
    }
    int n = geometry.vertices;
    System.arraycopy(other.colour, 0, colour, 0, n);
    System.arraycopy(other.head, 0, head, 0, n);
    System.arraycopy(other.next, 0, next, 0, n);
    System.arraycopy(other.chainSize, 0, chainSize, 0, n);
    System.arraycopy(other.libs, 0, libs, 0, n);
    System.arraycopy(other.emptyList, 0, emptyList, 0, geometry.points);
    System.arraycopy(other.emptyPos, 0, emptyPos, 0, n);
    emptyCount = other.emptyCount;
    koVertex = other.koVertex;
    koStone = other.koStone;
    blackCaptures = other.blackCaptures;
    whiteCaptures = other.whiteCaptures;
    stoneBalance = other.stoneBalance;
  }

  /** A deep, independent copy. */
  public PlayoutBoard copy() {
    PlayoutBoard b = new PlayoutBoard(size());
    b.copyFrom(this);
    return b;
  }

  // ---------------------------------------------------------------- geometry

  /** The board size N. */
  public int size() {
    return geometry.size;
  }

  /** The distance between vertically adjacent vertices, size + 1. */
  public int stride() {
    return stride;
  }

  /** The length of per-vertex arrays (vertices run from 0 to this, border included). */
  public int vertexCount() {
    return geometry.vertices;
  }

  /** The vertex of a point action. @throws ArrayIndexOutOfBoundsException if not a point */
  public int vertex(int action) {
    return geometry.vertexOf[action];
  }

  /** The action of a vertex, -1 for a border vertex. */
  public int action(int vertex) {
    return geometry.actionOf[vertex];
  }

  // ---------------------------------------------------------------- queries

  /** The content of a vertex: EMPTY, BLACK, WHITE or {@link #BORDER}. */
  public int stone(int vertex) {
    return colour[vertex];
  }

  /** Number of empty points. */
  public int emptyCount() {
    return emptyCount;
  }

  /** Number of stones on the board, both colours. */
  public int stoneCount() {
    return geometry.points - emptyCount;
  }

  /**
   * The i-th empty vertex, 0 &le; i &lt; {@link #emptyCount()}, in the same order as
   * {@code Board.emptyVertex} after the same moves and swaps.
   */
  public int emptyVertex(int i) {
    return emptyList[i];
  }

  /**
   * Swaps entries i and j of the list of empty points: changes the order of the list and
   * nothing else (rejection sampling with swap-to-end). Both indices must be below
   * {@link #emptyCount()} (not checked).
   */
  public void swapEmpty(int i, int j) {
    int[] list = emptyList;
    int vi = list[i];
    int vj = list[j];
    list[i] = vj;
    list[j] = vi;
    emptyPos[vj] = i;
    emptyPos[vi] = j;
  }

  /** The head of the chain on a stone vertex; -1 for any other vertex. */
  public int chainHead(int vertex) {
    return isStone(vertex) ? head[vertex] : -1;
  }

  /** The number of stones of the chain on the vertex; 0 if it holds no stone. */
  public int chainSize(int vertex) {
    return isStone(vertex) ? chainSize[head[vertex]] : 0;
  }

  private boolean isStone(int vertex) {
    int c = colour[vertex];
    return c == BLACK || c == WHITE;
  }

  /**
   * The pseudo-liberty count of the chain on a stone vertex: its (stone, empty neighbour)
   * pairs, at least the number of liberties and 0 exactly when there is none; 0 if the vertex
   * holds no stone.
   */
  public int pseudoLiberties(int vertex) {
    return isStone(vertex) ? (int) (libs[head[vertex]] & COUNT_MASK) : 0;
  }

  /**
   * True if the vertex holds a stone whose chain has exactly one liberty:
   * {@code count * sumSq == sum * sum} over its pseudo-liberties. O(1).
   */
  public boolean isInAtari(int vertex) {
    if (!isStone(vertex)) {
      return false;
    }
    long record = libs[head[vertex]];
    long count = record & COUNT_MASK;
    long sum = (record >>> SUM_SHIFT) & SUM_MASK;
    long sumSq = record >>> SQUARES_SHIFT;
    return count > 0 && count * sumSq == sum * sum;
  }

  /**
   * The only liberty of the chain on a stone vertex if it is in atari ({@link #isInAtari}),
   * else -1. O(1).
   */
  public int atariLiberty(int vertex) {
    if (!isInAtari(vertex)) {
      return -1;
    }
    long record = libs[head[vertex]];
    return (int) (((record >>> SUM_SHIFT) & SUM_MASK) / (record & COUNT_MASK));
  }

  /** The simple-ko point: the vertex where {@link #koStone()} may not play now, or -1. */
  public int koVertex() {
    return koVertex;
  }

  /** The colour barred from {@link #koVertex()} (the opponent of the capturer); EMPTY if none. */
  public int koStone() {
    return koVertex < 0 ? EMPTY : koStone;
  }

  /** Stones captured by a colour. */
  public int captures(int stone) {
    return stone == BLACK ? blackCaptures : stone == WHITE ? whiteCaptures : 0;
  }

  /**
   * True if v is an empty point whose four neighbours are c's stones or the border and that is
   * not a false eye (at most one diagonal of the opponent, none on the edge): exactly
   * {@code Board.isEyeOf}, the playout policy's "do not fill your own eye".
   */
  public boolean isEyeOf(int v, int c) {
    int[] col = colour;
    int w = stride;
    // EMPTY = 0, BLACK = 1, WHITE = 2, BORDER = 3: a neighbour is c or the border exactly when
    // it has c's bit, so one AND tests all four.
    if (col[v] != EMPTY || (col[v - 1] & col[v + 1] & col[v - w] & col[v + w] & c) == 0) {
      return false;
    }
    return eyeDiagonals(v, c);
  }

  /** The diagonal half of {@link #isEyeOf}: at most one opponent diagonal, none on the edge. */
  private boolean eyeDiagonals(int v, int c) {
    int[] col = colour;
    int w = stride;
    int o = 3 - c;
    int d0 = col[v - w - 1];
    int d1 = col[v - w + 1];
    int d2 = col[v + w - 1];
    int d3 = col[v + w + 1];
    int bad = (d0 == o ? 1 : 0) + (d1 == o ? 1 : 0) + (d2 == o ? 1 : 0) + (d3 == o ? 1 : 0);
    int edge = (d0 == BORDER) | (d1 == BORDER) | (d2 == BORDER) | (d3 == BORDER) ? 1 : 0;
    return bad + edge < 2;
  }

  /**
   * True if stone c may play at v under simple ko with suicide forbidden: v is an empty point,
   * not the ko point barred to c, and the move is not suicide (exactly {@code Board.isLegal}).
   * O(neighbours).
   */
  public boolean isLegal(int v, int c) {
    return colour[v] == EMPTY && !(v == koVertex && c == koStone) && !isSuicide(v, c);
  }

  /**
   * True if stone c at the empty point v would capture nothing and leave its chain without
   * liberties. O(neighbours).
   */
  public boolean isSuicide(int v, int c) {
    int[] col = colour;
    int w = stride;
    int c0 = col[v - 1];
    int c1 = col[v + 1];
    int c2 = col[v - w];
    int c3 = col[v + w];
    if (c0 * c1 * c2 * c3 == 0) {
      return false; // an empty neighbour (EMPTY is 0)
    }
    return !breathesAny(v, c, c0, c1, c2, c3);
  }

  /**
   * For the playout policy: true if stone c may play at the empty point v, whose neighbours
   * hold c0..c3, none of them empty, and v is not c's eye; that is
   * {@code !isEyeOf(v, c) && isLegal(v, c)} without the tests the caller has settled.
   */
  boolean acceptsSurrounded(int v, int c, int c0, int c1, int c2, int c3) {
    if ((c0 & c1 & c2 & c3 & c) != 0 && eyeDiagonals(v, c)) {
      return false;
    }
    return !(v == koVertex & c == koStone) && breathesAny(v, c, c0, c1, c2, c3);
  }

  /**
   * True if one of the stone neighbours of v (colours c0..c3) gives a stone c at v a liberty:
   * a friendly chain with a liberty besides v, or an opponent chain whose only liberty is v.
   * Border neighbours are their own heads with scratch records, but their colour rules them out.
   */
  private boolean breathesAny(int v, int c, int c0, int c1, int c2, int c3) {
    int[] hd = head;
    long[] lb = libs;
    int w = stride;
    long k = key[v];
    return breathes(c0, lb[hd[v - 1]], c, k) | breathes(c1, lb[hd[v + 1]], c, k)
        | breathes(c2, lb[hd[v - w]], c, k) | breathes(c3, lb[hd[v + w]], c, k);
  }

  /**
   * True if a neighbour holding cn, whose chain has this packed record, gives a stone c played
   * at the vertex with liberty key k a liberty (see {@link #breathesAny}).
   */
  private static boolean breathes(int cn, long record, int c, long k) {
    // Every pseudo-liberty is the vertex exactly when the record is count times its key.
    boolean only = record == (record & COUNT_MASK) * k;
    return (cn == c & !only) | (cn == 3 - c & only);
  }

  // ---------------------------------------------------------------- moves

  /**
   * Plays stone c at v after checking that it is legal ({@link #isLegal}).
   *
   * @throws IllegalArgumentException naming the reason if c is not a stone colour or v is not
   *     an empty point, is the ko point barred to c or would be suicide; the board is then
   *     unchanged
   */
  public void play(int v, int c) {
    if (c != BLACK && c != WHITE) {
      throw new IllegalArgumentException("stone colour " + c + " is neither BLACK nor WHITE");
    }
    if (v < 0 || v >= geometry.vertices || colour[v] != EMPTY) {
      throw new IllegalArgumentException("cannot play at vertex " + v + " of a " + size() + "x"
          + size() + " board: " + (v < 0 || v >= geometry.vertices ? "off the board"
              : colour[v] == BORDER ? "on the border" : "occupied"));
    }
    if (v == koVertex && c == koStone) {
      throw new IllegalArgumentException("cannot play at " + gtp(v) + ": simple ko");
    }
    if (isSuicide(v, c)) {
      throw new IllegalArgumentException("cannot play at " + gtp(v) + ": suicide");
    }
    playLegal(v, c);
  }

  /**
   * Plays stone c at v, which the caller knows to be legal ({@link #isLegal}: the playout
   * policy tests it before choosing): removes the opponent chains left without liberties and
   * sets the simple-ko point when a single stone captured exactly one stone and is left alone
   * in atari, as {@code Board.play} does. Not checked; an illegal move leaves the board in an
   * undefined state. Allocates nothing.
   */
  public void playLegal(int v, int c) {
    final int[] col = colour;
    final int[] hd = head;
    final long[] lb = libs;
    final long[] keys = key;
    final int w = stride;
    final int o = 3 - c;
    final int n0 = v - 1;
    final int n1 = v + 1;
    final int n2 = v - w;
    final int n3 = v + w;
    final int c0 = col[n0];
    final int c1 = col[n1];
    final int c2 = col[n2];
    final int c3 = col[n3];
    final int h0 = hd[n0];
    final int h1 = hd[n1];
    final int h2 = hd[n2];
    final int h3 = hd[n3];

    col[v] = c;
    stoneBalance += 3 - 2 * c; // +1 for BLACK = 1, -1 for WHITE = 2
    removeEmpty(v);
    // Every adjacent chain loses the pseudo-liberty v, once per edge, with no de-duplication
    // and no branch (empty and border neighbours update their own scratch records).
    final long k = keys[v];
    lb[h0] -= k;
    lb[h1] -= k;
    lb[h2] -= k;
    lb[h3] -= k;
    // The new stone's own pseudo-liberties: its empty neighbours, selected without branches
    // ((cn - 1) >> 63 is all ones exactly for EMPTY = 0, since colours are 0..3).
    final long own = (keys[n0] & ((long) c0 - 1 >> 63)) + (keys[n1] & ((long) c1 - 1 >> 63))
        + (keys[n2] & ((long) c2 - 1 >> 63)) + (keys[n3] & ((long) c3 - 1 >> 63));
    // Non-short-circuit operators: one branch settles the common case of no friendly neighbour.
    if ((c0 == c) | (c1 == c) | (c2 == c) | (c3 == c)) {
      join(v, c, c0, c1, c2, c3, h0, h1, h2, h3, own);
    } else {
      hd[v] = v;
      next[v] = v;
      chainSize[v] = 1;
      lb[v] = own;
    }
    koVertex = -1;
    if ((c0 == o & lb[h0] == 0) | (c1 == o & lb[h1] == 0) | (c2 == o & lb[h2] == 0)
        | (c3 == o & lb[h3] == 0)) {
      capture(v, c, c0, c1, c2, c3, h0, h1, h2, h3);
    }
  }

  /**
   * Joins the new stone at v to its friendly neighbour chains: to the largest (the first in
   * neighbour order among equals, as {@code Board}), then merges the others into it in
   * neighbour order, walking only their stones.
   */
  private void join(int v, int c, int c0, int c1, int c2, int c3, int h0, int h1, int h2,
      int h3, long own) {
    final int[] size = chainSize;
    int into = 0;
    int best = 0;
    if (c0 == c) {
      into = h0;
      best = size[h0];
    }
    if (c1 == c && size[h1] > best) {
      into = h1;
      best = size[h1];
    }
    if (c2 == c && size[h2] > best) {
      into = h2;
      best = size[h2];
    }
    if (c3 == c && size[h3] > best) {
      into = h3;
    }
    head[v] = into;
    next[v] = next[into];
    next[into] = v;
    size[into]++;
    libs[into] += own;
    if (c0 == c && h0 != into) {
      merge(h0, into);
    }
    if (c1 == c && h1 != into && h1 != h0) {
      merge(h1, into);
    }
    if (c2 == c && h2 != into && h2 != h0 && h2 != h1) {
      merge(h2, into);
    }
    if (c3 == c && h3 != into && h3 != h0 && h3 != h1 && h3 != h2) {
      merge(h3, into);
    }
  }

  /** Merges chain {@code from} into chain {@code into}: relabels, adds, splices the lists. */
  private void merge(int from, int into) {
    int[] hd = head;
    int[] nx = next;
    int p = from;
    do {
      hd[p] = into;
      p = nx[p];
    } while (p != from);
    chainSize[into] += chainSize[from];
    libs[into] += libs[from];
    int afterInto = nx[into];
    nx[into] = nx[from];
    nx[from] = afterInto;
  }

  /**
   * Removes the opponent chains next to v that the move left without pseudo-liberties (each
   * once, in neighbour order), credits the captures and sets the ko point.
   */
  private void capture(int v, int c, int c0, int c1, int c2, int c3, int h0, int h1, int h2,
      int h3) {
    final long[] lb = libs;
    final int o = 3 - c;
    // Decide every removal first: removing a chain gives liberties only to c's chains.
    boolean d0 = c0 == o && lb[h0] == 0;
    boolean d1 = c1 == o && lb[h1] == 0 && h1 != h0;
    boolean d2 = c2 == o && lb[h2] == 0 && h2 != h0 && h2 != h1;
    boolean d3 = c3 == o && lb[h3] == 0 && h3 != h0 && h3 != h1 && h3 != h2;
    int captured = 0;
    int first = -1;
    if (d0) {
      captured += removeChain(h0);
      first = h0;
    }
    if (d1) {
      captured += removeChain(h1);
      first = first < 0 ? h1 : first;
    }
    if (d2) {
      captured += removeChain(h2);
      first = first < 0 ? h2 : first;
    }
    if (d3) {
      captured += removeChain(h3);
      first = first < 0 ? h3 : first;
    }
    if (c == BLACK) {
      blackCaptures += captured;
      stoneBalance += captured;
    } else {
      whiteCaptures += captured;
      stoneBalance -= captured;
    }
    // A lone stone has no repeated pseudo-liberties: count 1 is one liberty.
    if (captured == 1 && chainSize[head[v]] == 1 && (lb[v] & COUNT_MASK) == 1) {
      koVertex = first;
      koStone = o;
    }
  }

  /**
   * Removes the chain with this head, in the order of its list: its points join the empty
   * list, and each of its edges to a remaining stone gives that stone's chain a pseudo-liberty.
   * Returns its size.
   */
  private int removeChain(int h) {
    final int[] col = colour;
    final int[] hd = head;
    final int[] nx = next;
    int n = 0;
    int p = h;
    do {
      col[p] = EMPTY;
      hd[p] = p;
      addEmpty(p);
      n++;
      p = nx[p];
    } while (p != h);
    final long[] lb = libs;
    final long[] keys = key;
    final int w = stride;
    p = h;
    do {
      long k = keys[p];
      lb[hd[p - 1]] += k;
      lb[hd[p + 1]] += k;
      lb[hd[p - w]] += k;
      lb[hd[p + w]] += k;
      p = nx[p];
    } while (p != h);
    return n;
  }

  private void removeEmpty(int v) {
    int i = emptyPos[v];
    int last = --emptyCount;
    int moved = emptyList[last];
    emptyList[i] = moved;
    emptyPos[moved] = i;
  }

  private void addEmpty(int v) {
    int n = emptyCount++;
    emptyList[n] = v;
    emptyPos[v] = n;
  }

  /** A pass: clears the simple-ko point. */
  public void pass() {
    koVertex = -1;
  }

  // ---------------------------------------------------------------- scoring

  /**
   * Tromp-Taylor {@code area(BLACK) - area(WHITE)}: stones plus the empty regions that reach
   * only one colour. The stones' part is kept up to date by play; the regions are found from
   * the empty list: a point with no empty neighbour (at the end of a playout, most empty points)
   * is a region of one settled from its four neighbours, larger regions take one flood fill
   * each. O(empty points); allocates nothing.
   */
  public int areaDifference() {
    int[] col = colour;
    int[] list = emptyList;
    int w = stride;
    int stamp = nextStamp();
    int difference = stoneBalance;
    for (int i = 0; i < emptyCount; i++) {
      int v = list[i];
      int c0 = col[v - 1];
      int c1 = col[v + 1];
      int c2 = col[v - w];
      int c3 = col[v + w];
      if (((c0 - 1) | (c1 - 1) | (c2 - 1) | (c3 - 1)) >= 0) {
        // No empty neighbour (cn - 1 is negative only for EMPTY): a region of one, which no
        // fill reaches. Its colour bits: 1 counts for Black, 2 for White, 3 for nobody.
        int bits = stoneBits(c0) | stoneBits(c1) | stoneBits(c2) | stoneBits(c3);
        difference += (bits & 1) - (bits >> 1);
      } else if (mark[v] != stamp) {
        int region = emptyRegion(v, stamp);
        int reached = region & REACHED_MASK;
        int regionSize = region >>> REGION_SIZE_SHIFT;
        difference += reached == BLACK ? regionSize : reached == WHITE ? -regionSize : 0;
      }
    }
    return difference;
  }

  private static final int REACHED_MASK = BLACK | WHITE;
  private static final int REGION_SIZE_SHIFT = 2;

  /**
   * The empty region of v, which has an empty neighbour, flood filled and marked with the
   * stamp: its size and the colours it reaches, packed as
   * {@code size << REGION_SIZE_SHIFT | colourBits}.
   */
  private int emptyRegion(int v, int stamp) {
    int[] col = colour;
    int w = stride;
    int regionSize = 0;
    int seen = 0;
    int top = 0;
    stack[top++] = v;
    mark[v] = stamp;
    while (top > 0) {
      int p = stack[--top];
      regionSize++;
      for (int d = 0; d < 4; d++) {
        int q = p + (d == 0 ? -1 : d == 1 ? 1 : d == 2 ? -w : w);
        int cq = col[q];
        if (cq == EMPTY) {
          if (mark[q] != stamp) {
            mark[q] = stamp;
            stack[top++] = q;
          }
        } else {
          seen |= stoneBits(cq);
        }
      }
    }
    return regionSize << REGION_SIZE_SHIFT | seen;
  }

  /** The colour bits a neighbour gives a region's "reaches": 0 for the border. */
  private static int stoneBits(int c) {
    return c == BORDER ? 0 : c;
  }

  private int nextStamp() {
    if (++markStamp == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      markStamp = 1;
    }
    return markStamp;
  }

  // ---------------------------------------------------------------- checks

  /**
   * Recomputes every chain (by flood fill), its head, circular list, size and pseudo-liberty
   * record, the empty list and its index map, the heads of empty and border vertices and the
   * ko point from the colours alone, and compares them with the incremental state; also checks
   * {@link #isInAtari} against the exact liberty count. For tests; allocates.
   *
   * @throws IllegalStateException describing the first broken invariant
   */
  public void checkConsistency() {
    Geometry g = geometry;
    int n = g.vertices;
    int[] chainOf = new int[n];
    Arrays.fill(chainOf, -1);
    int empties = 0;
    for (int v = 0; v < n; v++) {
      int c = colour[v];
      if (g.actionOf[v] < 0) {
        if (c != BORDER || head[v] != v) {
          fail("border vertex " + v + " holds " + c + " with head " + head[v]);
        }
        continue;
      }
      if (c == EMPTY) {
        if (head[v] != v) {
          fail("empty point " + gtp(v) + " records chain head " + head[v]);
        }
        empties++;
        continue;
      }
      if (c != BLACK && c != WHITE) {
        fail("point " + gtp(v) + " holds " + c);
      }
      if (chainOf[v] < 0) {
        checkChain(v, chainOf);
      }
    }
    int balance = 0;
    for (int a = 0; a < g.points; a++) {
      int c = colour[g.vertexOf[a]];
      balance += c == BLACK ? 1 : c == WHITE ? -1 : 0;
    }
    if (stoneBalance != balance) {
      fail("stone balance " + stoneBalance + ", recomputed " + balance);
    }
    if (emptyCount != empties) {
      fail("empty count " + emptyCount + ", recomputed " + empties);
    }
    for (int i = 0; i < empties; i++) {
      int v = emptyList[i];
      if (v < 0 || v >= n || g.actionOf[v] < 0 || colour[v] != EMPTY) {
        fail("empty list entry " + i + " is vertex " + v + ", not an empty point");
      }
      if (emptyPos[v] != i) {
        fail("empty point " + gtp(v) + " records position " + emptyPos[v] + ", is at " + i);
      }
    }
    if (koVertex >= 0) {
      if (koVertex >= n || g.actionOf[koVertex] < 0 || colour[koVertex] != EMPTY) {
        fail("ko vertex " + koVertex + " is not an empty point");
      }
      if (koStone != BLACK && koStone != WHITE) {
        fail("ko binds stone " + koStone);
      }
    }
  }

  /** Flood fills the chain of stone v, marking chainOf, and checks its recorded fields. */
  private void checkChain(int v, int[] chainOf) {
    int c = colour[v];
    int[] members = new int[geometry.points];
    int count = 0;
    long record = 0;
    boolean[] liberty = new boolean[geometry.vertices];
    int liberties = 0;
    members[count++] = v;
    chainOf[v] = v;
    for (int i = 0; i < count; i++) {
      int p = members[i];
      for (int q : new int[] {p - 1, p + 1, p - stride, p + stride}) {
        if (colour[q] == c && chainOf[q] < 0) {
          chainOf[q] = v;
          members[count++] = q;
        } else if (colour[q] == EMPTY) {
          record += libertyKey(q);
          if (!liberty[q]) {
            liberty[q] = true;
            liberties++;
          }
        }
      }
    }
    int h = head[v];
    if (h < 0 || h >= geometry.vertices || chainOf[h] != v) {
      fail("chain at " + gtp(v) + " has head " + h + " outside the chain");
    }
    for (int i = 0; i < count; i++) {
      if (head[members[i]] != h) {
        fail("stone " + gtp(members[i]) + " has head " + head[members[i]]
            + " but its chain's head is " + gtp(h));
      }
    }
    int walked = 0;
    int p = h;
    do {
      if (p < 0 || p >= geometry.vertices || chainOf[p] != v) {
        fail("chain list of " + gtp(h) + " leaves the chain at " + p);
      }
      if (++walked > count) {
        fail("chain list of " + gtp(h) + " is longer than the chain (" + count + ")");
      }
      p = next[p];
    } while (p != h);
    if (walked != count) {
      fail("chain list of " + gtp(h) + " has " + walked + " stones, the chain " + count);
    }
    if (chainSize[h] != count) {
      fail("chain " + gtp(h) + " records size " + chainSize[h] + ", has " + count);
    }
    if (libs[h] != record) {
      fail("chain " + gtp(h) + " records pseudo-liberties " + describe(libs[h]) + ", has "
          + describe(record));
    }
    if (liberties == 0) {
      fail("chain " + gtp(h) + " has no liberties");
    }
    if (isInAtari(h) != (liberties == 1)) {
      fail("chain " + gtp(h) + " has " + liberties + " liberties but isInAtari says "
          + isInAtari(h));
    }
  }

  private static String describe(long record) {
    return "(count " + (record & COUNT_MASK) + ", sum " + ((record >>> SUM_SHIFT) & SUM_MASK)
        + ", squares " + (record >>> SQUARES_SHIFT) + ")";
  }

  private String gtp(int v) {
    int a = geometry.actionOf[v];
    return a < 0 ? "vertex " + v : Actions.toGtp(a, size());
  }

  private static void fail(String message) {
    throw new IllegalStateException(message);
  }

  /** The board as text, top row first: '.' empty, 'X' black, 'O' white, one row per line. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int y = size() - 1; y >= 0; y--) {
      for (int x = 0; x < size(); x++) {
        int c = colour[geometry.vertexOf[y * size() + x]];
        b.append(c == BLACK ? 'X' : c == WHITE ? 'O' : '.');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
