package dev.tengen.games;

import com.google.common.annotations.VisibleForTesting;
import java.util.Arrays;

/**
 * The Go board of the hot loop: stones, chains with exact liberty counts, captures, the simple
 * ko point and a Zobrist hash, with play and undo. It knows nothing of turns, passes ending a
 * game, superko or scoring rules beyond Tromp-Taylor area; {@link Game} adds those.
 *
 * <h2>Vertices</h2>
 * Methods take padded vertices, not actions: see {@link #vertex(int)} and {@link #action(int)}
 * (vertex of (x, y) is {@code (y + 1) * (size + 1) + x + 1}; neighbours are {@code v +- 1} and
 * {@code v +- (size + 1)}). Stone values are {@link Stone#EMPTY}, {@link Stone#BLACK},
 * {@link Stone#WHITE}, and {@link #BORDER} off the board.
 *
 * <h2>Representation</h2>
 * All mutable per-vertex state lives in one {@code int[]} with a segment per field: colour;
 * for stones, the chain head, the next stone of the chain (a circular linked list), and at the
 * head the chain's size and exact liberty count; the list of empty points with each empty
 * point's position in it; and a few scalars (ko point and whom it binds, empty count, captures
 * and stones placed per colour). Every write goes through one method that, when undo is
 * recorded, logs (index, old value) on a preallocated undo log; {@link #undo()} replays the log
 * backwards. So play and undo allocate nothing (the log doubles in the rare case it fills).
 *
 * <h2>Costs</h2>
 * {@link #play} is O(neighbours) plus O(size of the smaller chains it merges) plus O(stones
 * captured); {@link #liberties} is O(1); {@link #isSuicide}, {@link #isCapture} and
 * {@link #isLegal} are O(neighbours);
 * {@link #hashAfter} is O(neighbours) plus O(stones it would capture); {@link #undo} is linear
 * in what the move wrote. Not thread-safe.
 *
 * <h2>Hot-loop choices</h2>
 * Vertices without a stone record the chain head 0 (a border vertex that is never a head, whose
 * liberty and size fields stay 0), so liberties and "same chain" tests need no colour test.
 * {@link #play} sends the liberty updates of missing or repeated neighbour chains to a sink
 * vertex instead of branching, and settles the common cases (no friendly neighbour; nothing
 * captured) with one branch each, non-short-circuit operators combining the four neighbours;
 * joining chains and capturing live in separate methods so the compiled {@code play} stays
 * small. The colour values are chosen so that tests combine: EMPTY = 0 makes "some neighbour
 * is empty" a product equal to 0, and BORDER = 3 = BLACK | WHITE makes "every neighbour is c
 * or the border" an AND with c.
 */
public final class Board {
  /** The value of vertices off the board. */
  public static final int BORDER = 3;

  /**
   * The chain head recorded for vertices that hold no stone: vertex 0, a border vertex, so never
   * a real head. Its liberty and size fields stay 0, so {@code s[libsOf + s[headOf + v]]} is the
   * exact liberty count of any vertex, empty and border included, with no colour test.
   */
  private static final int NO_CHAIN = 0;

  private static final int INITIAL_FRAMES = 64;

  private final Layout layout;
  private final int stride;
  /** The state; see the segment offsets below. */
  private final int[] s;
  // Segment offsets into s.
  private final int headOf;
  private final int nextOf;
  private final int libsOf;
  private final int sizeOf;
  private final int emptyList;
  private final int emptyPos;
  private final int koVertexAt;
  private final int koStoneAt;
  private final int emptyCountAt;
  /** captures by stone c at capturesAt + c. */
  private final int capturesAt;
  /** stones of colour c placed (played or set up) at placedAt + c. */
  private final int placedAt;
  /**
   * A border vertex that is never a chain head (the last one): {@link #play} sends the liberty
   * updates of absent neighbour chains to its liberty field and resets it to 0.
   */
  private final int sinkVertex;

  private long hash;

  private boolean recordUndo = true;
  /** The undo log: pairs (index into s, old value). */
  private int[] log;
  private int logTop;
  /** Per play or pass: where its log entries start, and the hash before it. */
  private int[] frameLog;
  private long[] frameHash;
  private int frames;

  // Scratch, not state: chains to merge or remove in play(), marks and a stack for walks.
  private final int[] chains = new int[4];
  private final int[] mark;
  private int markStamp;
  private final int[] stack;

  /** An empty board of this size, recording undo. @throws IllegalArgumentException for sizes outside 2..25 */
  public Board(int size) {
    layout = Layout.of(size);
    stride = layout.stride;
    int v = layout.vertices;
    headOf = v;
    nextOf = 2 * v;
    libsOf = 3 * v;
    sizeOf = 4 * v;
    emptyList = 5 * v;
    emptyPos = 6 * v;
    koVertexAt = 7 * v;
    koStoneAt = koVertexAt + 1;
    emptyCountAt = koVertexAt + 2;
    capturesAt = koVertexAt + 3 - 1;
    placedAt = koVertexAt + 5 - 1;
    sinkVertex = v - 1;
    s = new int[koVertexAt + 7];
    Arrays.fill(s, 0, v, BORDER);
    for (int a = 0; a < layout.points; a++) {
      int p = layout.vertexOf[a];
      s[p] = Stone.EMPTY;
      s[emptyList + a] = p;
      s[emptyPos + p] = a;
    }
    s[emptyCountAt] = layout.points;
    s[koVertexAt] = -1;
    log = new int[initialLogLength(layout)];
    frameLog = new int[INITIAL_FRAMES];
    frameHash = new long[INITIAL_FRAMES];
    mark = new int[v];
    stack = new int[v];
  }

  private Board(Board other) {
    layout = other.layout;
    stride = other.stride;
    headOf = other.headOf;
    nextOf = other.nextOf;
    libsOf = other.libsOf;
    sizeOf = other.sizeOf;
    emptyList = other.emptyList;
    emptyPos = other.emptyPos;
    koVertexAt = other.koVertexAt;
    koStoneAt = other.koStoneAt;
    emptyCountAt = other.emptyCountAt;
    capturesAt = other.capturesAt;
    placedAt = other.placedAt;
    sinkVertex = other.sinkVertex;
    s = other.s.clone();
    hash = other.hash;
    recordUndo = other.recordUndo;
    // Copy what is used plus room to grow, not the other board's whole capacity.
    log = Arrays.copyOf(other.log, Math.max(initialLogLength(layout), 2 * other.logTop));
    logTop = other.logTop;
    int frameCapacity = Math.max(INITIAL_FRAMES, 2 * other.frames);
    frameLog = Arrays.copyOf(other.frameLog, frameCapacity);
    frameHash = Arrays.copyOf(other.frameHash, frameCapacity);
    frames = other.frames;
    mark = new int[layout.vertices];
    stack = new int[layout.vertices];
  }

  /** Room for about 16 ordinary moves per point before the log first doubles. */
  private static int initialLogLength(Layout layout) {
    return 16 * layout.points + 256;
  }

  /**
   * A deep, independent copy, undo history included. Allocates the state (about 8 ints per
   * vertex) and the used part of the undo log with room to grow.
   */
  public Board copy() {
    return new Board(this);
  }

  /**
   * Makes this board equal to another of the same size, undo history included, without
   * allocating unless this board's undo log is shorter than the other's.
   *
   * @throws IllegalArgumentException if the sizes differ
   */
  public void copyFrom(Board other) {
    if (other.layout != layout) {
      throw new IllegalArgumentException(
          "cannot copy a " + other.size() + "x" + other.size() + " board into a " + size() + "x"
              + size() + " board");
    }
    System.arraycopy(other.s, 0, s, 0, s.length);
    hash = other.hash;
    recordUndo = other.recordUndo;
    if (log.length < other.logTop) {
      log = new int[other.log.length];
    }
    System.arraycopy(other.log, 0, log, 0, other.logTop);
    logTop = other.logTop;
    if (frameLog.length < other.frames) {
      frameLog = new int[other.frameLog.length];
      frameHash = new long[other.frameLog.length];
    }
    System.arraycopy(other.frameLog, 0, frameLog, 0, other.frames);
    System.arraycopy(other.frameHash, 0, frameHash, 0, other.frames);
    frames = other.frames;
  }

  // ---------------------------------------------------------------- geometry

  /** The board size N. */
  public int size() {
    return layout.size;
  }

  /** The distance between vertically adjacent vertices, size + 1. */
  public int stride() {
    return stride;
  }

  /** The length of per-vertex arrays (vertices run from 0 to this, border included). */
  public int vertexCount() {
    return layout.vertices;
  }

  /** The vertex of a point action. @throws ArrayIndexOutOfBoundsException if not a point */
  public int vertex(int action) {
    return layout.vertexOf[action];
  }

  /** The action of an on-board vertex, -1 for a border vertex. */
  public int action(int vertex) {
    return layout.actionOf[vertex];
  }

  // ---------------------------------------------------------------- queries

  /** The content of a vertex: EMPTY, BLACK, WHITE or {@link #BORDER}. */
  public int stone(int vertex) {
    return s[vertex];
  }

  /** Exact liberty count of the chain on the vertex; 0 if the vertex holds no stone. O(1). */
  public int liberties(int vertex) {
    return s[libsOf + s[headOf + vertex]];
  }

  /** The number of stones of the chain on the vertex; 0 if it holds no stone. O(1). */
  public int chainSize(int vertex) {
    return s[sizeOf + s[headOf + vertex]];
  }

  /** The head (representative vertex) of the chain on a stone vertex; 0 for any other vertex. */
  public int chainHead(int vertex) {
    return s[headOf + vertex];
  }

  /** The next stone in the circular list of the chain on a stone vertex. */
  public int nextInChain(int vertex) {
    return s[nextOf + vertex];
  }

  /** Zobrist hash of the stones only; 0 for the empty board. */
  public long positionHash() {
    return hash;
  }

  /** The simple-ko point: the vertex where {@link #koStone()} may not play now, or -1. */
  public int koVertex() {
    return s[koVertexAt];
  }

  /** The colour barred from {@link #koVertex()} (the opponent of the capturer), if any. */
  public int koStone() {
    return s[koStoneAt];
  }

  /** Stones captured by a colour (its opponent's suicides included). */
  public int captures(int stone) {
    return s[capturesAt + stone];
  }

  /** Stones of a colour placed so far (played or set up). */
  public int placed(int stone) {
    return s[placedAt + stone];
  }

  /** Number of empty points. */
  public int emptyCount() {
    return s[emptyCountAt];
  }

  /** Number of stones on the board, both colours. */
  public int stoneCount() {
    return layout.points - s[emptyCountAt];
  }

  /** The i-th empty vertex, 0 &le; i &lt; {@link #emptyCount()}, in no particular order. */
  public int emptyVertex(int i) {
    return s[emptyList + i];
  }

  /**
   * Swaps entries i and j of the list of empty points ({@link #emptyVertex(int)}): changes the
   * order of the list and nothing else. For rejection sampling that moves a rejected point past
   * the end of the range still to draw from. O(1), allocates nothing; when undo is recorded the
   * swap is logged with the last play or pass, so {@link #undo()} still restores every field.
   * Both indices must be below {@link #emptyCount()} (not checked: this is the hot loop).
   */
  public void swapEmpty(int i, int j) {
    int vi = s[emptyList + i];
    int vj = s[emptyList + j];
    set(emptyList + i, vj);
    set(emptyList + j, vi);
    set(emptyPos + vj, i);
    set(emptyPos + vi, j);
  }

  /** Number of plays and passes that {@link #undo()} can take back. */
  public int undoDepth() {
    return frames;
  }

  /**
   * What playing stone c at empty vertex v would remove: the number of opponent stones it
   * captures (0 if none), or -1 if it captures nothing and leaves its own chain without
   * liberties (suicide). One pass over the neighbours, O(1); allocates nothing.
   */
  int captureCount(int v, int c) {
    // Small methods throughout: the JIT inlines hot methods of up to 325 bytecodes, counted
    // per method, so the tests of a neighbour are helpers and the rare cases separate methods.
    int[] st = s;
    int w = stride;
    int o = 3 - c;
    int c0 = st[v - 1];
    int c1 = st[v + 1];
    int c2 = st[v - w];
    int c3 = st[v + w];
    // Non-short-circuit operators: one branch for the common case of no capture.
    if (inAtari(c0, liberties(v - 1), o) | inAtari(c1, liberties(v + 1), o)
        | inAtari(c2, liberties(v - w), o) | inAtari(c3, liberties(v + w), o)) {
      return capturedStones(v, o);
    }
    if (c0 * c1 * c2 * c3 == 0) {
      return 0; // an empty neighbour (EMPTY is 0): a liberty
    }
    return isSuicide(v, c) ? -1 : 0;
  }

  /** True if a neighbour holding cn whose chain has this many liberties is o's and in atari. */
  private static boolean inAtari(int cn, int libs, int o) {
    return cn == o & libs == 1;
  }

  /** The stones of the distinct chains of colour o next to v that are in atari. */
  private int capturedStones(int v, int o) {
    int[] st = s;
    int w = stride;
    int h0 = st[v - 1] == o && liberties(v - 1) == 1 ? st[headOf + v - 1] : -1;
    int h1 = st[v + 1] == o && liberties(v + 1) == 1 ? st[headOf + v + 1] : -1;
    int h2 = st[v - w] == o && liberties(v - w) == 1 ? st[headOf + v - w] : -1;
    int h3 = st[v + w] == o && liberties(v + w) == 1 ? st[headOf + v + w] : -1;
    int captured = h0 >= 0 ? st[sizeOf + h0] : 0;
    if (h1 >= 0 && h1 != h0) {
      captured += st[sizeOf + h1];
    }
    if (h2 >= 0 && h2 != h0 && h2 != h1) {
      captured += st[sizeOf + h2];
    }
    if (h3 >= 0 && h3 != h0 && h3 != h1 && h3 != h2) {
      captured += st[sizeOf + h3];
    }
    return captured;
  }

  /**
   * True if playing stone c at an empty vertex leaves its chain without liberties while
   * capturing nothing. O(neighbours).
   */
  public boolean isSuicide(int v, int c) {
    int[] st = s;
    int w = stride;
    int c0 = st[v - 1];
    int c1 = st[v + 1];
    int c2 = st[v - w];
    int c3 = st[v + w];
    if (c0 * c1 * c2 * c3 == 0) {
      return false; // an empty neighbour (EMPTY is 0)
    }
    return !(breathes(c0, liberties(v - 1), c) | breathes(c1, liberties(v + 1), c)
        | breathes(c2, liberties(v - w), c) | breathes(c3, liberties(v + w), c));
  }

  /**
   * True if a stone neighbour holding cn whose chain has this many liberties gives a stone c
   * played next to it a liberty: a friendly chain with another liberty, or an opponent chain in
   * atari (captured by the move). False for the border (0 liberties, see NO_CHAIN).
   */
  private static boolean breathes(int cn, int libs, int c) {
    return (cn == c & libs > 1) | (cn == 3 - c & libs == 1);
  }

  /** True if playing stone c at an empty vertex captures at least one stone. O(neighbours). */
  public boolean isCapture(int v, int c) {
    int o = 3 - c;
    for (int d = 0; d < 4; d++) {
      int n = v + dir(d);
      if (s[n] == o && s[libsOf + s[headOf + n]] == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if stone c may play at v under simple ko with suicide forbidden: the vertex is empty,
   * not the ko point barred to c, and the move is not suicide. O(neighbours).
   */
  public boolean isLegal(int v, int c) {
    return s[v] == Stone.EMPTY
        && !(v == s[koVertexAt] && c == s[koStoneAt])
        && !isSuicide(v, c);
  }

  /**
   * True if v is an empty point whose four neighbours are c's stones or the border and that is
   * not a false eye (at most one diagonal of the opponent, none on the edge). The playout
   * policy's "do not fill your own eye".
   */
  public boolean isEyeOf(int v, int c) {
    int[] st = s;
    int w = stride;
    // With EMPTY = 0, BLACK = 1, WHITE = 2, BORDER = 3, a neighbour is c or the border exactly
    // when it has c's bit, so one AND tests all four without a branch each.
    if (st[v] != Stone.EMPTY || (st[v - 1] & st[v + 1] & st[v - w] & st[v + w] & c) == 0) {
      return false;
    }
    int o = 3 - c;
    int d0 = st[v - w - 1];
    int d1 = st[v - w + 1];
    int d2 = st[v + w - 1];
    int d3 = st[v + w + 1];
    int bad = (d0 == o ? 1 : 0) + (d1 == o ? 1 : 0) + (d2 == o ? 1 : 0) + (d3 == o ? 1 : 0);
    int edge = (d0 == BORDER) | (d1 == BORDER) | (d2 == BORDER) | (d3 == BORDER) ? 1 : 0;
    // On the edge no opponent diagonal is allowed, elsewhere one.
    return bad + edge < 2;
  }

  /**
   * The position hash stone c at empty vertex v would produce, its captures (or, if it is
   * suicide, the removal of its own chain) included, without playing it. O(neighbours) plus
   * O(stones removed).
   */
  public long hashAfter(int v, int c) {
    int o = 3 - c;
    long h = hash ^ Zobrist.stone(c, v);
    boolean captures = false;
    boolean empty = false;
    int e0 = -1;
    int e1 = -1;
    int e2 = -1;
    for (int d = 0; d < 4; d++) {
      int n = v + dir(d);
      int cn = s[n];
      if (cn == Stone.EMPTY) {
        empty = true;
      } else if (cn == o) {
        int head = s[headOf + n];
        if (s[libsOf + head] == 1 && head != e0 && head != e1 && head != e2) {
          h ^= chainHash(head, o);
          captures = true;
          if (e0 < 0) {
            e0 = head;
          } else if (e1 < 0) {
            e1 = head;
          } else {
            e2 = head;
          }
        }
      }
    }
    if (captures || empty || !isSuicide(v, c)) {
      return h;
    }
    // Suicide: the new stone and every friendly neighbour chain (each in atari) disappear.
    h ^= Zobrist.stone(c, v);
    int f0 = -1;
    int f1 = -1;
    int f2 = -1;
    for (int d = 0; d < 4; d++) {
      int n = v + dir(d);
      if (s[n] == c) {
        int head = s[headOf + n];
        if (head != f0 && head != f1 && head != f2) {
          h ^= chainHash(head, c);
          if (f0 < 0) {
            f0 = head;
          } else if (f1 < 0) {
            f1 = head;
          } else {
            f2 = head;
          }
        }
      }
    }
    return h;
  }

  private long chainHash(int head, int c) {
    long h = 0;
    int p = head;
    do {
      h ^= Zobrist.stone(c, p);
      p = s[nextOf + p];
    } while (p != head);
    return h;
  }

  private int dir(int d) {
    switch (d) {
      case 0:
        return -1;
      case 1:
        return 1;
      case 2:
        return -stride;
      default:
        return stride;
    }
  }

  // ---------------------------------------------------------------- moves

  /**
   * Turns undo recording on or off. Off is for playouts that never undo: writes then skip the
   * log. Clears the undo history either way.
   */
  public void setRecordUndo(boolean record) {
    recordUndo = record;
    forgetHistory();
  }

  /** Forgets the undo history: the current position becomes the one undo cannot go past. */
  public void forgetHistory() {
    logTop = 0;
    frames = 0;
  }

  /**
   * Plays stone c at empty vertex v: removes opponent chains left without liberties, then, if
   * its own chain has none (suicide; the caller decides whether its rules allow it), removes
   * that chain, crediting its stones to the opponent's captures. Sets the simple-ko point when
   * a single stone captured exactly one stone and is left alone in atari. Does not check ko:
   * see {@link #isLegal}. Allocates nothing.
   *
   * @throws IllegalArgumentException if v is not an empty point or c is not a stone colour
   */
  public void play(int v, int c) {
    if (v < 0 || v >= layout.vertices || s[v] != Stone.EMPTY || (c != Stone.BLACK && c != Stone.WHITE)) {
      throw new IllegalArgumentException(
          "cannot play stone " + c + " at vertex " + v + " of a " + size() + "x" + size()
              + " board: " + (v < 0 || v >= layout.vertices ? "off the board" : "holds " + s[v]));
    }
    beginFrame();
    final int[] st = s;
    final int o = 3 - c;
    final int n0 = v - 1;
    final int n1 = v + 1;
    final int n2 = v - stride;
    final int n3 = v + stride;
    final int c0 = st[n0];
    final int c1 = st[n1];
    final int c2 = st[n2];
    final int c3 = st[n3];
    // Distinct neighbour chains, sink for none or a repeat (so that the liberty updates below
    // need no branch); heads identify chains of either colour, and empty and border vertices
    // record NO_CHAIN.
    final int sink = sinkVertex;
    int h0 = st[headOf + n0];
    int h1 = st[headOf + n1];
    int h2 = st[headOf + n2];
    int h3 = st[headOf + n3];
    h0 = h0 == NO_CHAIN ? sink : h0;
    h1 = h1 == NO_CHAIN || h1 == h0 ? sink : h1;
    h2 = h2 == NO_CHAIN || h2 == h0 || h2 == h1 ? sink : h2;
    h3 = h3 == NO_CHAIN || h3 == h0 || h3 == h1 || h3 == h2 ? sink : h3;

    set(v, c);
    hash ^= Zobrist.stone(c, v);
    removeEmpty(v);
    set(placedAt + c, st[placedAt + c] + 1);
    // The new stone takes a liberty from every adjacent chain.
    set(libsOf + h0, st[libsOf + h0] - 1);
    set(libsOf + h1, st[libsOf + h1] - 1);
    set(libsOf + h2, st[libsOf + h2] - 1);
    set(libsOf + h3, st[libsOf + h3] - 1);
    st[libsOf + sink] = 0; // not logged: the sink is 0 before and after every move

    // The new stone's chain: alone, or joined to the largest friendly chain, then the others.
    set(headOf + v, v);
    int head;
    // Non-short-circuit operators: one branch settles the common case of no friendly neighbour.
    if (!((c0 == c) | (c1 == c) | (c2 == c) | (c3 == c))) {
      head = v;
      set(nextOf + v, v);
      set(libsOf + v, (c0 == Stone.EMPTY ? 1 : 0) + (c1 == Stone.EMPTY ? 1 : 0)
          + (c2 == Stone.EMPTY ? 1 : 0) + (c3 == Stone.EMPTY ? 1 : 0));
      set(sizeOf + v, 1);
    } else {
      joinFriends(v, c, c0, c1, c2, c3, h0, h1, h2, h3, sink);
      head = st[headOf + v];
    }

    // Captures: adjacent opponent chains left without liberties. One branch settles the common
    // case of none and no suicide (a repeated chain, replaced by the sink, whose liberties are 0,
    // is dead only if its first occurrence is).
    if (!((c0 == o & st[libsOf + h0] == 0) | (c1 == o & st[libsOf + h1] == 0)
        | (c2 == o & st[libsOf + h2] == 0) | (c3 == o & st[libsOf + h3] == 0))
        && st[libsOf + head] != 0) {
      if (st[koVertexAt] >= 0) {
        set(koVertexAt, -1);
      }
      return;
    }
    captureAround(v, c, head, c0, c1, c2, c3, h0, h1, h2, h3, sink);
  }

  /**
   * The part of {@link #play} that joins the new stone at v to its friendly neighbour chains:
   * to the largest, then merges the others into it.
   */
  private void joinFriends(
      int v, int c, int c0, int c1, int c2, int c3, int h0, int h1, int h2, int h3, int sink) {
    final int[] st = s;
    final int n0 = v - 1;
    final int n1 = v + 1;
    final int n2 = v - stride;
    final int n3 = v + stride;
    int head = -1;
    if (h0 != sink && c0 == c) {
      head = h0;
    }
    if (h1 != sink && c1 == c && (head < 0 || st[sizeOf + h1] > st[sizeOf + head])) {
      head = h1;
    }
    if (h2 != sink && c2 == c && (head < 0 || st[sizeOf + h2] > st[sizeOf + head])) {
      head = h2;
    }
    if (h3 != sink && c3 == c && (head < 0 || st[sizeOf + h3] > st[sizeOf + head])) {
      head = h3;
    }
    int added = 0;
    if (c0 == Stone.EMPTY && !touchesChain(n0, head)) {
      added++;
    }
    if (c1 == Stone.EMPTY && !touchesChain(n1, head)) {
      added++;
    }
    if (c2 == Stone.EMPTY && !touchesChain(n2, head)) {
      added++;
    }
    if (c3 == Stone.EMPTY && !touchesChain(n3, head)) {
      added++;
    }
    set(libsOf + head, st[libsOf + head] + added);
    set(headOf + v, head);
    set(nextOf + v, st[nextOf + head]);
    set(nextOf + head, v);
    set(sizeOf + head, st[sizeOf + head] + 1);
    int[] others = chains;
    int n = 0;
    if (h0 != sink && c0 == c && h0 != head) {
      others[n++] = h0;
    }
    if (h1 != sink && c1 == c && h1 != head) {
      others[n++] = h1;
    }
    if (h2 != sink && c2 == c && h2 != head) {
      others[n++] = h2;
    }
    if (h3 != sink && c3 == c && h3 != head) {
      others[n++] = h3;
    }
    for (int i = 0; i < n; i++) {
      merge(others[i], head);
    }
  }

  /**
   * The part of {@link #play} that removes the opponent chains the new stone at v left without
   * liberties, or its own chain if it has none and captured nothing, and sets the ko point.
   */
  private void captureAround(int v, int c, int head,
      int c0, int c1, int c2, int c3, int h0, int h1, int h2, int h3, int sink) {
    final int[] st = s;
    final int o = 3 - c;
    int[] dead = chains;
    int nd = 0;
    if (h0 != sink && c0 == o && st[libsOf + h0] == 0) {
      dead[nd++] = h0;
    }
    if (h1 != sink && c1 == o && st[libsOf + h1] == 0) {
      dead[nd++] = h1;
    }
    if (h2 != sink && c2 == o && st[libsOf + h2] == 0) {
      dead[nd++] = h2;
    }
    if (h3 != sink && c3 == o && st[libsOf + h3] == 0) {
      dead[nd++] = h3;
    }
    if (nd == 0 && st[libsOf + head] == 0) {
      dead[nd++] = head; // suicide
    }
    int captured = 0;
    for (int i = 0; i < nd; i++) {
      captured += removeChain(dead[i], st[dead[i]]);
    }
    int capturedVertex = dead[0];
    if (st[v] == Stone.EMPTY) {
      set(capturesAt + o, st[capturesAt + o] + captured);
      captured = 0;
    } else if (captured > 0) {
      set(capturesAt + c, st[capturesAt + c] + captured);
    }

    if (captured == 1 && st[sizeOf + head] == 1 && st[libsOf + head] == 1) {
      set(koVertexAt, capturedVertex);
      set(koStoneAt, o);
    } else if (st[koVertexAt] >= 0) {
      set(koVertexAt, -1);
    }
  }

  /** A pass: clears the simple-ko point. Undoable like a play. */
  public void pass() {
    beginFrame();
    if (s[koVertexAt] >= 0) {
      set(koVertexAt, -1);
    }
  }

  /**
   * Takes back the last play or pass, restoring every field exactly. Linear in what that move
   * wrote; allocates nothing.
   *
   * @throws IllegalStateException if there is nothing to undo or undo is not recorded
   */
  public void undo() {
    if (frames == 0) {
      throw new IllegalStateException(
          recordUndo ? "nothing to undo" : "undo is not recorded on this board");
    }
    int f = --frames;
    int start = frameLog[f];
    int[] lg = log;
    int[] st = s;
    for (int i = logTop - 2; i >= start; i -= 2) {
      st[lg[i]] = lg[i + 1];
    }
    logTop = start;
    hash = frameHash[f];
  }

  /**
   * Writes into out[action] (action &lt; size * size) the stones as they were {@code movesAgo}
   * plays or passes ago (0 = now); beyond the undo history, the oldest position it holds. Costs
   * O(points) plus O(log entries of those moves).
   */
  public void stonesAgo(int movesAgo, int[] out) {
    int[] vertexOf = layout.vertexOf;
    for (int a = 0; a < layout.points; a++) {
      out[a] = s[vertexOf[a]];
    }
    if (movesAgo <= 0 || frames == 0) {
      return;
    }
    int start = movesAgo >= frames ? 0 : frameLog[frames - movesAgo];
    int colours = layout.vertices;
    int[] actionOf = layout.actionOf;
    for (int i = logTop - 2; i >= start; i -= 2) {
      int index = log[i];
      if (index < colours) {
        out[actionOf[index]] = log[i + 1];
      }
    }
  }

  private void beginFrame() {
    if (!recordUndo) {
      return;
    }
    if (frames == frameLog.length) {
      frameLog = Arrays.copyOf(frameLog, frames * 2);
      frameHash = Arrays.copyOf(frameHash, frames * 2);
    }
    frameLog[frames] = logTop;
    frameHash[frames] = hash;
    frames++;
  }

  /** Writes one field of the state, logging the old value for undo when undo is recorded. */
  private void set(int index, int value) {
    if (recordUndo) {
      log(index);
    }
    s[index] = value;
  }

  private void log(int index) {
    if (logTop + 2 > log.length) {
      log = Arrays.copyOf(log, log.length * 2);
    }
    log[logTop] = index;
    log[logTop + 1] = s[index];
    logTop += 2;
  }

  /**
   * True if empty vertex e has a neighbour in the chain with this head (heads are unique over
   * both colours, and vertices without a stone record {@link #NO_CHAIN}).
   */
  private boolean touchesChain(int e, int head) {
    int[] st = s;
    int h = headOf + e;
    int w = stride;
    return st[h - 1] == head || st[h + 1] == head || st[h - w] == head || st[h + w] == head;
  }

  /** Merges chain {@code from} into chain {@code into}, counting the liberties it adds. */
  private void merge(int from, int into) {
    int[] st = s;
    int added = 0;
    int p = from;
    int w = stride;
    do {
      if (st[p - 1] == Stone.EMPTY && !touchesChain(p - 1, into)) {
        added++;
      }
      if (st[p + 1] == Stone.EMPTY && !touchesChain(p + 1, into)) {
        added++;
      }
      if (st[p - w] == Stone.EMPTY && !touchesChain(p - w, into)) {
        added++;
      }
      if (st[p + w] == Stone.EMPTY && !touchesChain(p + w, into)) {
        added++;
      }
      set(headOf + p, into);
      p = st[nextOf + p];
    } while (p != from);
    set(libsOf + into, st[libsOf + into] + added);
    set(sizeOf + into, st[sizeOf + into] + st[sizeOf + from]);
    int afterInto = st[nextOf + into];
    set(nextOf + into, st[nextOf + from]);
    set(nextOf + from, afterInto);
  }

  /** Removes the chain with this head, giving its points back as liberties. Returns its size. */
  private int removeChain(int head, int c) {
    int[] st = s;
    long key = 0;
    int n = 0;
    int p = head;
    do {
      set(p, Stone.EMPTY);
      set(headOf + p, NO_CHAIN);
      key ^= Zobrist.stone(c, p);
      addEmpty(p);
      n++;
      p = st[nextOf + p];
    } while (p != head);
    hash ^= key;
    int w = stride;
    p = head;
    do {
      int h = headOf + p;
      int h0 = st[h - 1];
      int h1 = st[h + 1];
      int h2 = st[h - w];
      int h3 = st[h + w];
      if (h0 != NO_CHAIN) {
        set(libsOf + h0, st[libsOf + h0] + 1);
      }
      if (h1 != NO_CHAIN && h1 != h0) {
        set(libsOf + h1, st[libsOf + h1] + 1);
      }
      if (h2 != NO_CHAIN && h2 != h0 && h2 != h1) {
        set(libsOf + h2, st[libsOf + h2] + 1);
      }
      if (h3 != NO_CHAIN && h3 != h0 && h3 != h1 && h3 != h2) {
        set(libsOf + h3, st[libsOf + h3] + 1);
      }
      p = st[nextOf + p];
    } while (p != head);
    return n;
  }

  private void removeEmpty(int v) {
    int i = s[emptyPos + v];
    int last = s[emptyCountAt] - 1;
    int moved = s[emptyList + last];
    set(emptyList + i, moved);
    set(emptyPos + moved, i);
    set(emptyCountAt, last);
  }

  private void addEmpty(int v) {
    int n = s[emptyCountAt];
    set(emptyList + n, v);
    set(emptyPos + v, n);
    set(emptyCountAt, n + 1);
  }

  // ---------------------------------------------------------------- scoring

  /**
   * Tromp-Taylor area of a colour: its stones plus the empty points from which only its stones
   * (and no opponent stone) can be reached through empty points. O(points); allocates nothing.
   */
  public int area(int c) {
    int[] st = s;
    int stamp = nextStamp();
    int area = 0;
    int[] vertexOf = layout.vertexOf;
    for (int a = 0; a < layout.points; a++) {
      int v = vertexOf[a];
      int cv = st[v];
      if (cv == c) {
        area++;
      } else if (cv == Stone.EMPTY && mark[v] != stamp) {
        int region = emptyRegion(v, stamp);
        if ((region & REACHED_MASK) == c) {
          area += region >>> REGION_SIZE_SHIFT;
        }
      }
    }
    return area;
  }

  /**
   * {@code area(BLACK) - area(WHITE)} in one pass over the board (half the work of the two
   * calls). O(points); allocates nothing.
   */
  public int areaDifference() {
    int[] st = s;
    int stamp = nextStamp();
    int difference = 0;
    int[] vertexOf = layout.vertexOf;
    for (int a = 0; a < layout.points; a++) {
      int v = vertexOf[a];
      int cv = st[v];
      if (cv == Stone.BLACK) {
        difference++;
      } else if (cv == Stone.WHITE) {
        difference--;
      } else if (mark[v] != stamp) {
        int region = emptyRegion(v, stamp);
        int reached = region & REACHED_MASK;
        int size = region >>> REGION_SIZE_SHIFT;
        difference += reached == Stone.BLACK ? size : reached == Stone.WHITE ? -size : 0;
      }
    }
    return difference;
  }

  private static final int REACHED_MASK = Stone.BLACK | Stone.WHITE;
  private static final int REGION_SIZE_SHIFT = 2;

  /**
   * The empty region holding the empty vertex {@code v}, marked with {@code stamp}: its size
   * and the colours it reaches, packed as {@code size << REGION_SIZE_SHIFT | reachedStoneBits}.
   * A point with no empty neighbour (the usual eye at the end of a game) is a region of one,
   * read from its four neighbours without a fill; no fill can reach it, so it needs no mark.
   * Allocates nothing.
   */
  private int emptyRegion(int v, int stamp) {
    int[] st = s;
    int w = stride;
    if (st[v - 1] * st[v + 1] * st[v - w] * st[v + w] != 0) { // EMPTY is 0
      return 1 << REGION_SIZE_SHIFT | stoneBits(st[v - 1]) | stoneBits(st[v + 1])
          | stoneBits(st[v - w]) | stoneBits(st[v + w]);
    }
    int regionSize = 0;
    int seen = 0;
    int top = 0;
    stack[top++] = v;
    mark[v] = stamp;
    while (top > 0) {
      int p = stack[--top];
      regionSize++;
      for (int d = 0; d < 4; d++) {
        int n = p + (d == 0 ? -1 : d == 1 ? 1 : d == 2 ? -w : w);
        int cn = st[n];
        if (cn == Stone.EMPTY) {
          if (mark[n] != stamp) {
            mark[n] = stamp;
            stack[top++] = n;
          }
        } else if (cn != BORDER) {
          seen |= cn;
        }
      }
    }
    return regionSize << REGION_SIZE_SHIFT | seen;
  }

  /** The colour bits a neighbour contributes to a region's "reaches": 0 for the border. */
  private static int stoneBits(int cn) {
    return cn == BORDER ? 0 : cn;
  }

  private int nextStamp() {
    if (++markStamp == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      markStamp = 1;
    }
    return markStamp;
  }

  // ---------------------------------------------------------------- setup and checks

  /**
   * Places setup stones (handicap, SGF AB/AW) and forgets the undo history, so the result is
   * the starting position. The ko point is cleared.
   *
   * @throws IllegalArgumentException naming the action if a point is occupied, off the board or
   *     would leave a chain without liberties
   */
  public void setUp(int[] blackActions, int[] whiteActions) {
    placeAll(blackActions, Stone.BLACK);
    placeAll(whiteActions, Stone.WHITE);
    for (int[] actions : new int[][] {blackActions, whiteActions}) {
      for (int a : actions) {
        int v = layout.vertexOf[a];
        if (s[v] == Stone.EMPTY || s[libsOf + s[headOf + v]] == 0) {
          throw new IllegalArgumentException(
              "setup stone at " + Actions.toGtp(a, size()) + " leaves a chain without liberties");
        }
      }
    }
    if (s[capturesAt + Stone.BLACK] != 0 || s[capturesAt + Stone.WHITE] != 0) {
      throw new IllegalArgumentException("setup stones leave a chain without liberties");
    }
    s[koVertexAt] = -1;
    forgetHistory();
  }

  private void placeAll(int[] actions, int c) {
    for (int a : actions) {
      if (a < 0 || a >= layout.points) {
        throw new IllegalArgumentException(
            "setup action " + a + " is not a point of a " + size() + "x" + size() + " board");
      }
      int v = layout.vertexOf[a];
      if (s[v] != Stone.EMPTY) {
        throw new IllegalArgumentException(
            "setup point " + Actions.toGtp(a, size()) + " is given twice");
      }
      play(v, c);
    }
  }

  /**
   * Recomputes chains, liberties, sizes, the empty list, the hash and the capture balance from
   * the colours alone and compares them with the incremental state. For tests; allocates.
   *
   * @throws IllegalStateException describing the first broken invariant
   */
  public void checkConsistency() {
    int n = layout.vertices;
    int[] chainOf = new int[n];
    Arrays.fill(chainOf, -1);
    long expectedHash = 0;
    int[] onBoard = new int[3];
    int empties = 0;
    for (int v = 0; v < n; v++) {
      int a = layout.actionOf[v];
      int c = s[v];
      if (a < 0) {
        if (c != BORDER) {
          fail("border vertex " + v + " holds " + c);
        }
        if (s[headOf + v] != NO_CHAIN || s[libsOf + v] != 0 || s[sizeOf + v] != 0) {
          fail("border vertex " + v + " records a chain");
        }
        continue;
      }
      if (c == Stone.EMPTY) {
        if (s[headOf + v] != NO_CHAIN) {
          fail("empty point " + gtp(v) + " records chain head " + s[headOf + v]);
        }
        empties++;
        continue;
      }
      if (c != Stone.BLACK && c != Stone.WHITE) {
        fail("point " + gtp(v) + " holds " + c);
      }
      expectedHash ^= Zobrist.stone(c, v);
      onBoard[c]++;
      if (chainOf[v] >= 0) {
        continue;
      }
      // Flood fill the chain from v.
      int[] members = new int[layout.points];
      int count = 0;
      int libs = 0;
      boolean[] libSeen = new boolean[n];
      members[count++] = v;
      chainOf[v] = v;
      for (int i = 0; i < count; i++) {
        int p = members[i];
        for (int d = 0; d < 4; d++) {
          int q = p + dir(d);
          if (s[q] == c && chainOf[q] < 0) {
            chainOf[q] = v;
            members[count++] = q;
          } else if (s[q] == Stone.EMPTY && !libSeen[q]) {
            libSeen[q] = true;
            libs++;
          }
        }
      }
      int head = s[headOf + v];
      if (layout.actionOf[head] < 0 || chainOf[head] != v) {
        fail("chain at " + gtp(v) + " has head " + head + " outside the chain");
      }
      for (int i = 0; i < count; i++) {
        if (s[headOf + members[i]] != head) {
          fail("stone " + gtp(members[i]) + " has head " + s[headOf + members[i]]
              + " but its chain's head is " + gtp(head));
        }
      }
      int walked = 0;
      int p = head;
      do {
        if (p < 0 || p >= n || chainOf[p] != v) {
          fail("chain list of " + gtp(head) + " leaves the chain at " + p);
        }
        walked++;
        if (walked > count) {
          fail("chain list of " + gtp(head) + " is longer than the chain (" + count + ")");
        }
        p = s[nextOf + p];
      } while (p != head);
      if (walked != count) {
        fail("chain list of " + gtp(head) + " has " + walked + " stones, the chain " + count);
      }
      if (s[sizeOf + head] != count) {
        fail("chain " + gtp(head) + " records size " + s[sizeOf + head] + ", has " + count);
      }
      if (s[libsOf + head] != libs) {
        fail("chain " + gtp(head) + " records " + s[libsOf + head] + " liberties, has " + libs);
      }
      if (libs == 0) {
        fail("chain " + gtp(head) + " has no liberties");
      }
    }
    if (expectedHash != hash) {
      fail("hash " + hash + " differs from the recomputed " + expectedHash);
    }
    if (s[emptyCountAt] != empties) {
      fail("empty count " + s[emptyCountAt] + ", recomputed " + empties);
    }
    for (int i = 0; i < empties; i++) {
      int v = s[emptyList + i];
      if (v < 0 || v >= n || layout.actionOf[v] < 0 || s[v] != Stone.EMPTY) {
        fail("empty list entry " + i + " is vertex " + v + ", not an empty point");
      }
      if (s[emptyPos + v] != i) {
        fail("empty point " + gtp(v) + " records position " + s[emptyPos + v] + ", is at " + i);
      }
    }
    for (int c = Stone.BLACK; c <= Stone.WHITE; c++) {
      int lost = s[placedAt + c] - onBoard[c];
      if (lost != s[capturesAt + 3 - c]) {
        fail("colour " + c + " placed " + s[placedAt + c] + " stones and has " + onBoard[c]
            + " on the board, but its opponent records " + s[capturesAt + 3 - c] + " captures");
      }
    }
    int ko = s[koVertexAt];
    if (ko >= 0) {
      if (ko >= n || layout.actionOf[ko] < 0 || s[ko] != Stone.EMPTY) {
        fail("ko vertex " + ko + " is not an empty point");
      }
      int barred = s[koStoneAt];
      if (barred != Stone.BLACK && barred != Stone.WHITE) {
        fail("ko binds stone " + barred);
      }
    }
    if (recordUndo && (frames > 0 && frameLog[frames - 1] > logTop)) {
      fail("undo frame starts at " + frameLog[frames - 1] + " beyond the log top " + logTop);
    }
  }

  /** Per-vertex fields that {@link #overwriteForTesting} can corrupt. */
  enum Field {
    COLOR,
    HEAD,
    NEXT,
    LIBERTIES,
    SIZE
  }

  /** Overwrites one per-vertex field, bypassing every invariant: only to test the checker. */
  @VisibleForTesting
  void overwriteForTesting(Field field, int vertex, int value) {
    int offset;
    switch (field) {
      case COLOR:
        offset = 0;
        break;
      case HEAD:
        offset = headOf;
        break;
      case NEXT:
        offset = nextOf;
        break;
      case LIBERTIES:
        offset = libsOf + s[headOf + vertex];
        vertex = 0;
        break;
      default:
        offset = sizeOf + s[headOf + vertex];
        vertex = 0;
        break;
    }
    s[offset + vertex] = value;
  }

  private String gtp(int v) {
    int a = layout.actionOf[v];
    return a < 0 ? "vertex " + v : Actions.toGtp(a, size());
  }

  private static void fail(String message) {
    throw new IllegalStateException(message);
  }

  /**
   * True if two boards hold the same stones, chains, liberties, ko point, captures, empty set
   * and hash (the order of the internal empty list aside). For tests.
   */
  public boolean samePosition(Board other) {
    if (other.layout != layout || other.hash != hash) {
      return false;
    }
    for (int a = 0; a < layout.points; a++) {
      int v = layout.vertexOf[a];
      if (s[v] != other.s[v]) {
        return false;
      }
      if (Stone.isStone(s[v])) {
        if (s[headOf + v] != other.s[headOf + v] || liberties(v) != other.liberties(v)
            || chainSize(v) != other.chainSize(v)) {
          return false;
        }
      }
    }
    for (int i = koVertexAt; i < s.length; i++) {
      if (s[i] != other.s[i] && !(i == koStoneAt && s[koVertexAt] < 0)) {
        return false;
      }
    }
    return true;
  }

  /** The board as text, top row first: '.' empty, 'X' black, 'O' white, one row per line. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int y = size() - 1; y >= 0; y--) {
      for (int x = 0; x < size(); x++) {
        int c = s[layout.vertexOf[y * size() + x]];
        b.append(c == Stone.BLACK ? 'X' : c == Stone.WHITE ? 'O' : '.');
      }
      b.append('\n');
    }
    return b.toString();
  }
}
