package dev.tengen.network;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded LRU cache of network outputs (priors over the actions, then the value) keyed by a
 * 64-bit position key. Split into 16 independently locked segments so many search threads can
 * use it at once; each segment evicts its least recently used entry when full.
 *
 * <p>Keys come from {@link #key(Game)}: the game's Zobrist hash (stones, side to move, ko) mixed
 * with the last {@link Features#LAST_MOVES} actions, the capture counts and the komi. That
 * decides the input planes except in one rare case: two histories reaching the same position by
 * the same last moves but capturing different stones on the way (different earlier stone planes)
 * and the same number of them share a key; the cached answer then comes from a near-identical
 * input. Hash collisions are about 2^-64 per pair. Entries are in the position's own
 * orientation, whichever symmetry evaluated them. Clear it when the model changes.
 */
public final class EvalCache {

  private static final int SEGMENTS = 16;

  private final Segment[] segments = new Segment[SEGMENTS];
  private final int capacity;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** Hit and miss counts since creation or the last {@link #clear()}. */
  public record Stats(long hits, long misses, int size, int capacity) {
    public double hitRate() {
      long total = hits + misses;
      return total == 0 ? 0 : (double) hits / total;
    }
  }

  /** A cache of at most about {@code capacity} entries (rounded up to a multiple of 16). */
  public EvalCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    int perSegment = (capacity + SEGMENTS - 1) / SEGMENTS;
    this.capacity = perSegment * SEGMENTS;
    for (int i = 0; i < SEGMENTS; i++) {
      segments[i] = new Segment(perSegment);
    }
  }

  /** The key of the game's current position. Allocation-free. */
  public static long key(Game game) {
    long h = game.hash();
    for (int k = 0; k < Features.LAST_MOVES; k++) {
      h = mix(h + 0x9E3779B97F4A7C15L * (k + 1) + game.lastAction(k) + 2);
    }
    h = mix(h + game.captures(Color.BLACK) * 0x632BE59BD9B4E019L + game.captures(Color.WHITE));
    return mix(h ^ Double.doubleToLongBits(game.rules().komi()));
  }

  /**
   * Copies the cached entry for {@code key} into {@code out[outOffset ..]} (actions priors, then
   * the value at {@code outOffset + actions}) and returns true, or returns false on a miss.
   */
  public boolean get(long key, float[] out, int outOffset, int actions) {
    Segment segment = segment(key);
    float[] entry;
    synchronized (segment) {
      entry = segment.get(key);
    }
    if (entry == null || entry.length != actions + 1) {
      misses.incrementAndGet();
      return false;
    }
    System.arraycopy(entry, 0, out, outOffset, actions);
    out[outOffset + actions] = entry[actions];
    hits.incrementAndGet();
    return true;
  }

  /** Stores priors {@code policy[policyOffset .. + actions)} and {@code value} under {@code key}. */
  public void put(long key, float[] policy, int policyOffset, int actions, float value) {
    float[] entry = new float[actions + 1];
    System.arraycopy(policy, policyOffset, entry, 0, actions);
    entry[actions] = value;
    Segment segment = segment(key);
    synchronized (segment) {
      segment.put(key, entry);
    }
  }

  /** Empties the cache and resets the counters (call when the model changes). */
  public void clear() {
    for (Segment segment : segments) {
      synchronized (segment) {
        segment.clear();
      }
    }
    hits.set(0);
    misses.set(0);
  }

  public Stats stats() {
    int size = 0;
    for (Segment segment : segments) {
      synchronized (segment) {
        size += segment.size();
      }
    }
    return new Stats(hits.get(), misses.get(), size, capacity);
  }

  private Segment segment(long key) {
    return segments[(int) (key >>> 60) & (SEGMENTS - 1)];
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final class Segment extends LinkedHashMap<Long, float[]> {
    private static final long serialVersionUID = 1L;
    private final int limit;

    Segment(int limit) {
      super(Math.min(limit, 1 << 16) * 4 / 3 + 1, 0.75f, true);
      this.limit = limit;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, float[]> eldest) {
      return size() > limit;
    }
  }
}
