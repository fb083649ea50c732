package dev.tengen.games.playout;

import dev.tengen.games.Actions;
import dev.tengen.games.Layout;
import dev.tengen.games.Stone;
import java.util.Arrays;

/**
 * {@code Board}'s padded {@link Layout} of one board size, copied into the flat arrays the
 * playout board reads, with the arrays {@link PlayoutBoard#reset()} copies from (the empty
 * board's colours and empty list). Immutable (the arrays are never written) and interned per
 * size.
 */
final class Geometry {
  private static final Geometry[] BY_SIZE = new Geometry[Actions.MAX_SIZE + 1];

  static {
    for (int n = Actions.MIN_SIZE; n <= Actions.MAX_SIZE; n++) {
      BY_SIZE[n] = new Geometry(n);
    }
  }

  final int size;
  final int stride;
  /** Length of per-vertex arrays. */
  final int vertices;
  /** Number of on-board points, size * size. */
  final int points;
  /** vertexOf[action] for actions 0 .. points - 1. */
  final int[] vertexOf;
  /** actionOf[vertex], -1 for border vertices. */
  final int[] actionOf;
  /** The colours of the empty board: EMPTY on the points, BORDER elsewhere. */
  final int[] emptyColours;
  /** The empty board's list of empty points (by action) and each point's position in it. */
  final int[] emptyList;
  final int[] emptyPositions;
  /** identity[v] = v: the chain heads of the empty board (every vertex its own head). */
  final int[] identity;
  /**
   * The packed pseudo-liberty record of one liberty at each vertex v:
   * {@code 1 + (v << SUM_SHIFT) + (v * v << SQUARES_SHIFT)} (see {@link PlayoutBoard}).
   */
  final long[] libertyKey;

  private Geometry(int size) {
    Layout layout = Layout.of(size);
    this.size = size;
    this.stride = layout.stride();
    this.vertices = layout.vertices();
    this.points = size * size;
    vertexOf = new int[points];
    actionOf = new int[vertices];
    emptyColours = new int[vertices];
    emptyList = new int[points];
    emptyPositions = new int[vertices];
    identity = new int[vertices];
    libertyKey = new long[vertices];
    for (int v = 0; v < vertices; v++) {
      identity[v] = v;
      libertyKey[v] = PlayoutBoard.libertyKey(v);
    }
    Arrays.fill(emptyColours, PlayoutBoard.BORDER);
    for (int v = 0; v < vertices; v++) {
      actionOf[v] = layout.actionOf(v);
    }
    for (int a = 0; a < points; a++) {
      int v = layout.vertexOf(a);
      vertexOf[a] = v;
      emptyColours[v] = Stone.EMPTY;
      emptyList[a] = v;
      emptyPositions[v] = a;
    }
  }

  /** The geometry of a size. @throws IllegalArgumentException if the size is outside 2..25 */
  static Geometry of(int size) {
    return BY_SIZE[Actions.checkSize(size)];
  }
}
