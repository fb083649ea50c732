package dev.tengen.trainer;

import java.util.Arrays;

/**
 * The sliding window of the newest training rows (positions). Rows are numbered globally in the
 * order they were added (row {@code 0} is the first row of the first game the run consumed); the
 * window holds rows {@code [end - size, end)}, where {@code size = sizing.size(end)}. So its
 * contents are a pure function of the stream of games added, which is what lets a restarted
 * trainer rebuild exactly the same window from the queue.
 *
 * <p>Games are kept whole while any of their rows is inside; the oldest game may be only partly
 * inside. {@link #locate} maps a window offset to (game, row) by binary search, O(log games).
 * Not thread-safe.
 */
public final class ReplayWindow {
  private final WindowSizing sizing;
  private WindowGame[] games = new WindowGame[64];
  private long[] firstRow = new long[64];
  private int head;
  private int count;
  private long endRow;

  /**
   * @param sizing the window's size rule
   * @param startRow the global number the first added row gets (0 for a fresh run; a rebuild after
   *     a restart starts from the first game it re-reads)
   */
  public ReplayWindow(WindowSizing sizing, long startRow) {
    if (startRow < 0) {
      throw new IllegalArgumentException("startRow must be >= 0, got " + startRow);
    }
    this.sizing = sizing;
    this.endRow = startRow;
  }

  /** Adds a game's rows as the newest and evicts games that fall wholly out of the window. */
  public void add(WindowGame game) {
    if (game.rows() == 0) {
      return;
    }
    if (count == games.length) {
      grow();
    }
    int slot = (head + count) % games.length;
    games[slot] = game;
    firstRow[slot] = endRow;
    count++;
    endRow += game.rows();
    long start = startRow();
    while (count > 1 && firstRow[head] + games[head].rows() <= start) {
      games[head] = null;
      head = (head + 1) % games.length;
      count--;
    }
  }

  private void grow() {
    WindowGame[] newGames = new WindowGame[games.length * 2];
    long[] newFirst = new long[games.length * 2];
    for (int i = 0; i < count; i++) {
      newGames[i] = games[(head + i) % games.length];
      newFirst[i] = firstRow[(head + i) % games.length];
    }
    games = newGames;
    firstRow = newFirst;
    head = 0;
  }

  /** Rows added over the run, i.e. the global number the next row will get. */
  public long endRow() {
    return endRow;
  }

  /** Global number of the oldest row inside the window. */
  public long startRow() {
    return endRow - size();
  }

  /** Rows inside the window now: {@code sizing.size(endRow())}. */
  public long size() {
    return sizing.size(endRow);
  }

  /** Whether enough rows have been seen to train ({@link WindowSizing#ready}). */
  public boolean ready() {
    return sizing.ready(endRow);
  }

  /** Games held (the oldest possibly only partly inside). */
  public int games() {
    return count;
  }

  /** The queue index of the oldest game held, or -1 when empty. */
  public long oldestQueueIndex() {
    return count == 0 ? -1 : games[head].queueIndex();
  }

  /** Global number of the first row of the oldest game held ({@link #endRow()} when empty). */
  public long oldestGameFirstRow() {
    return count == 0 ? endRow : firstRow[head];
  }

  /**
   * Finds the row at {@code offset} in {@code [0, size())} from the oldest. Writes the game into
   * {@code gameOut[0]} and returns the row's index within that game.
   */
  public int locate(long offset, WindowGame[] gameOut) {
    long size = size();
    if (offset < 0 || offset >= size) {
      throw new IndexOutOfBoundsException("window offset " + offset + " outside [0, " + size + ")");
    }
    long row = startRow() + offset;
    int low = 0;
    int high = count - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (firstRow[(head + mid) % games.length] <= row) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    int slot = (head + low) % games.length;
    gameOut[0] = games[slot];
    return (int) (row - firstRow[slot]);
  }

  /**
   * A digest of the window's exact contents (every row inside, in order, with its targets and
   * its game's queue index). Two windows with equal digests hold the same rows. Costs one pass
   * over the window's rows and policy entries.
   */
  public long digest() {
    long hash = 0xcbf29ce484222325L;
    long start = startRow();
    for (int i = 0; i < count; i++) {
      int slot = (head + i) % games.length;
      WindowGame game = games[slot];
      int firstInside = (int) Math.max(0, start - firstRow[slot]);
      for (int row = firstInside; row < game.rows(); row++) {
        hash = game.digestRow(row, hash);
      }
    }
    return hash;
  }

  /** The queue indices of the games held, oldest first (for tests and diagnostics). */
  public long[] queueIndices() {
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = games[(head + i) % games.length].queueIndex();
    }
    return out;
  }

  @Override
  public String toString() {
    return "ReplayWindow[rows " + startRow() + ".." + endRow + ", size " + size() + ", games "
        + count + ", queue " + Arrays.toString(count == 0 ? new long[0]
            : new long[] {oldestQueueIndex(), games[(head + count - 1) % games.length].queueIndex()})
        + "]";
  }
}
