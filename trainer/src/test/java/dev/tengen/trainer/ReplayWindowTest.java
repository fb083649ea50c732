package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Rules;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {

  /** A game of {@code rows} rows at plies 0..rows-1, values +-1 alternating, no policy. */
  static WindowGame game(long queueIndex, int rows) {
    int[] ply = new int[rows];
    float[] value = new float[rows];
    int[] actions = new int[rows];
    for (int i = 0; i < rows; i++) {
      ply[i] = i;
      value[i] = (i + queueIndex) % 2 == 0 ? 1f : -1f;
      actions[i] = 25;
    }
    return new WindowGame(queueIndex, 5, Rules.DEFAULT, 75,
        actions, ply, value, new int[rows + 1], new short[0], new float[0], new byte[25]);
  }

  @Test
  void keepsTheNewestRowsAndEvictsWholeGames() {
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(10), 0);
    window.add(game(100, 4));
    window.add(game(101, 4));
    assertEquals(8, window.size());
    assertEquals(0, window.startRow());
    window.add(game(102, 4)); // rows 0..11, window 2..11
    assertEquals(10, window.size());
    assertEquals(2, window.startRow());
    assertArrayEquals(new long[] {100, 101, 102}, window.queueIndices());
    window.add(game(103, 4)); // rows 0..15, window 6..15: game 100 (rows 0..3) leaves
    assertArrayEquals(new long[] {101, 102, 103}, window.queueIndices());
    assertEquals(4, window.oldestGameFirstRow());
    assertEquals(101, window.oldestQueueIndex());
    window.add(game(104, 0)); // a game without rows changes nothing
    assertEquals(16, window.endRow());
  }

  @Test
  void locateMapsOffsetsToGameAndRow() {
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(10), 0);
    window.add(game(100, 4));
    window.add(game(101, 4));
    window.add(game(102, 4)); // window rows 2..11
    WindowGame[] found = new WindowGame[1];
    assertEquals(2, window.locate(0, found));
    assertEquals(100, found[0].queueIndex());
    assertEquals(3, window.locate(1, found));
    assertEquals(0, window.locate(2, found));
    assertEquals(101, found[0].queueIndex());
    assertEquals(3, window.locate(9, found));
    assertEquals(102, found[0].queueIndex());
    assertThrows(IndexOutOfBoundsException.class, () -> window.locate(10, found));
  }

  @Test
  void growsPastItsInitialCapacity() {
    ReplayWindow window = new ReplayWindow(WindowSizing.fixed(1000), 0);
    WindowGame last = null;
    for (int i = 0; i < 300; i++) {
      last = game(i, 3);
      window.add(last);
    }
    assertEquals(900, window.size());
    assertEquals(300, window.games());
    WindowGame[] found = new WindowGame[1];
    assertEquals(2, window.locate(899, found));
    assertSame(last, found[0]);
  }

  @Test
  void aRebuildFromTheOldestHeldGameHasTheSameContents() {
    WindowSizing sizing = new WindowSizing(5, 0.5, 0.65, 5, 40);
    ReplayWindow full = new ReplayWindow(sizing, 0);
    for (int i = 0; i < 50; i++) {
      full.add(game(i, 1 + i % 5));
    }
    long firstIndex = full.oldestQueueIndex();
    ReplayWindow rebuilt = new ReplayWindow(sizing, full.oldestGameFirstRow());
    for (int i = (int) firstIndex; i < 50; i++) {
      rebuilt.add(game(i, 1 + i % 5));
    }
    assertEquals(full.size(), rebuilt.size());
    assertEquals(full.startRow(), rebuilt.startRow());
    assertArrayEquals(full.queueIndices(), rebuilt.queueIndices());
    assertEquals(full.digest(), rebuilt.digest());

    ReplayWindow shorter = new ReplayWindow(sizing, full.oldestGameFirstRow());
    for (int i = (int) firstIndex; i < 49; i++) {
      shorter.add(game(i, 1 + i % 5));
    }
    assertNotEquals(full.digest(), shorter.digest());
  }
}
