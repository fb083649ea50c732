package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import org.junit.jupiter.api.Test;

class EvalCacheTest {

  @Test
  void evictsTheLeastRecentlyUsedEntryOfASegment() {
    EvalCache cache = new EvalCache(16); // one entry per segment
    float[] policy = {0.25f, 0.75f};
    long a = 1L << 60; // segment 1
    long b = 1L << 60 | 7; // segment 1 too
    cache.put(a, policy, 0, 1, 0.5f);
    float[] out = new float[2];
    assertTrue(cache.get(a, out, 0, 1));
    assertEquals(0.25f, out[0]);
    assertEquals(0.5f, out[1]);
    cache.put(b, policy, 1, 1, -0.5f);
    assertFalse(cache.get(a, out, 0, 1));
    assertTrue(cache.get(b, out, 0, 1));
    assertEquals(0.75f, out[0]);
    assertEquals(-0.5f, out[1]);
    EvalCache.Stats stats = cache.stats();
    assertEquals(2, stats.hits());
    assertEquals(1, stats.misses());
    assertEquals(1, stats.size());
    assertEquals(2.0 / 3, stats.hitRate(), 1e-12);
    cache.clear();
    assertEquals(0, cache.stats().size());
    assertEquals(0, cache.stats().hits());
  }

  @Test
  void keyDependsOnPositionHistoryAndKomi() {
    Game x = new Game(9, Rules.DEFAULT);
    Game y = new Game(9, Rules.DEFAULT);
    assertEquals(EvalCache.key(x), EvalCache.key(y));
    // Same stones reached in another order: same hash, different last moves.
    x.play(Actions.of(2, 2, 9));
    x.play(Actions.of(6, 6, 9));
    x.play(Actions.of(2, 6, 9));
    y.play(Actions.of(2, 6, 9));
    y.play(Actions.of(6, 6, 9));
    y.play(Actions.of(2, 2, 9));
    assertEquals(x.hash(), y.hash());
    assertNotEquals(EvalCache.key(x), EvalCache.key(y));
    Game other = new Game(9, Rules.DEFAULT.withKomi(6.5));
    assertNotEquals(EvalCache.key(new Game(9, Rules.DEFAULT)), EvalCache.key(other));
  }
}
