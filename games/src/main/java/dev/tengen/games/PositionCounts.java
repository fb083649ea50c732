package dev.tengen.games;

import java.util.Arrays;

/**
 * A multiset of 64-bit position hashes: open addressing with linear probing and
 * backward-shift deletion, so that undo can remove what play added and the table never fills
 * with dead entries. {@code contains}, {@code add} and {@code remove} cost O(1) expected and
 * allocate only when the table grows (amortized, doubling at half load).
 */
final class PositionCounts {
  private long[] keys;
  private int[] counts;
  private int mask;
  private int distinct;
  /** The count of key 0 (the empty board's hash), which marks empty slots in the table. */
  private int zeroCount;

  PositionCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    counts = new int[capacity];
    mask = capacity - 1;
  }

  PositionCounts(PositionCounts other) {
    keys = other.keys.clone();
    counts = other.counts.clone();
    mask = other.mask;
    distinct = other.distinct;
    zeroCount = other.zeroCount;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  boolean contains(long key) {
    return count(key) > 0;
  }

  int count(long key) {
    if (key == 0) {
      return zeroCount;
    }
    long[] k = keys;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long found = k[i];
      if (found == key) {
        return counts[i];
      }
      if (found == 0) {
        return 0;
      }
    }
  }

  void add(long key) {
    if (key == 0) {
      zeroCount++;
      return;
    }
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long found = keys[i];
      if (found == key) {
        counts[i]++;
        return;
      }
      if (found == 0) {
        keys[i] = key;
        counts[i] = 1;
        if (++distinct * 2 > keys.length) {
          grow();
        }
        return;
      }
    }
  }

  /** Removes one occurrence. @throws IllegalStateException if the key is absent */
  void remove(long key) {
    if (key == 0) {
      if (zeroCount == 0) {
        throw new IllegalStateException("position hash 0 is not in the history");
      }
      zeroCount--;
      return;
    }
    int i = slot(key, mask);
    while (keys[i] != key) {
      if (keys[i] == 0) {
        throw new IllegalStateException("position hash " + key + " is not in the history");
      }
      i = (i + 1) & mask;
    }
    if (--counts[i] > 0) {
      return;
    }
    distinct--;
    // Backward-shift deletion: move later entries of the probe run into the hole.
    int hole = i;
    for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
      int home = slot(keys[j], mask);
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        keys[hole] = keys[j];
        counts[hole] = counts[j];
        hole = j;
      }
    }
    keys[hole] = 0;
    counts[hole] = 0;
  }

  /** Total number of occurrences of all keys. */
  int total() {
    int total = zeroCount;
    for (int c : counts) {
      total += c;
    }
    return total;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int j = slot(oldKeys[i], mask);
        while (keys[j] != 0) {
          j = (j + 1) & mask;
        }
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PositionCounts)) {
      return false;
    }
    PositionCounts other = (PositionCounts) o;
    if (other.zeroCount != zeroCount || other.distinct != distinct) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && other.count(keys[i]) != counts[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    long h = zeroCount;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        h += keys[i] * 31 + counts[i];
      }
    }
    return Long.hashCode(h);
  }

  @Override
  public String toString() {
    return "PositionCounts[distinct=" + (distinct + (zeroCount > 0 ? 1 : 0)) + ", total=" + total()
        + ", keys=" + Arrays.hashCode(keys) + "]";
  }
}
