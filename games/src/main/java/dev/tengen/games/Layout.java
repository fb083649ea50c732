package dev.tengen.games;

/**
 * The padded one-dimensional layout of a board of one size, shared by every board of that size.
 *
 * <p>Vertex of (x, y) is {@code (y + 1) * stride + x + 1} with {@code stride = size + 1}: one
 * border column serves as the right border of a row and the left border of the next, and a
 * border row lies below row 0 and above row size - 1. The four neighbours of a vertex are
 * {@code v - 1, v + 1, v - stride, v + stride}; every neighbour and every diagonal neighbour of
 * an on-board vertex is a valid index. Instances are immutable and interned per size. Public
 * for the other boards on the same layout ({@code playout.PlayoutBoard}); {@code Board} reads
 * the fields directly.
 */
public final class Layout {
  private static final Layout[] BY_SIZE = new Layout[Actions.MAX_SIZE + 1];

  /** The largest vertex count over all sizes: Zobrist tables are this long. */
  static final int MAX_VERTICES = vertexCount(Actions.MAX_SIZE);

  static {
    for (int n = Actions.MIN_SIZE; n <= Actions.MAX_SIZE; n++) {
      BY_SIZE[n] = new Layout(n);
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

  private Layout(int size) {
    this.size = size;
    this.stride = size + 1;
    this.vertices = vertexCount(size);
    this.points = size * size;
    this.vertexOf = new int[points];
    this.actionOf = new int[vertices];
    java.util.Arrays.fill(actionOf, -1);
    for (int a = 0; a < points; a++) {
      int v = (a / size + 1) * stride + a % size + 1;
      vertexOf[a] = v;
      actionOf[v] = a;
    }
  }

  private static int vertexCount(int size) {
    return (size + 2) * (size + 1) + 1;
  }

  /** The layout of a size. @throws IllegalArgumentException if the size is unsupported */
  public static Layout of(int size) {
    return BY_SIZE[Actions.checkSize(size)];
  }

  /** The board size. */
  public int size() {
    return size;
  }

  /** The distance between vertically adjacent vertices: size + 1. */
  public int stride() {
    return stride;
  }

  /** The length of per-vertex arrays, borders included. */
  public int vertices() {
    return vertices;
  }

  /** The vertex of point action {@code action} (0 .. size² − 1). */
  public int vertexOf(int action) {
    return vertexOf[action];
  }

  /** The action of {@code vertex}, or −1 for a border vertex. */
  public int actionOf(int vertex) {
    return actionOf[vertex];
  }
}
