package dev.tengen.network;

import dev.tengen.games.Game;
import dev.tengen.mcts.EvalBatch;
import java.util.SplittableRandom;

/**
 * One search thread's batch of positions for the network (see {@link NetworkPolicyValue}).
 * {@link #add} looks the position up in the cache and, on a miss, encodes it at once (under a
 * random symmetry when enabled) into a packed buffer; {@link #evaluate} sends the misses to the
 * {@link InferenceService} in one request, undoes the symmetry on each policy, floors legal
 * priors that underflowed to 0 at {@link #LEGAL_PRIOR_FLOOR} (search never visits a zero-prior
 * move) and fills the cache. Illegal actions get exactly 0.
 *
 * <p>Owned by one thread. After construction nothing is allocated per position except cache
 * entries.
 */
public final class NetworkEvalBatch implements EvalBatch {

  /** The prior given to a legal action whose network probability underflowed to 0. */
  public static final float LEGAL_PRIOR_FLOOR = 1e-30f;

  private final InferenceService service;
  private final EvalCache cache;
  private final SplittableRandom random;
  private final FeatureEncoder encoder;
  private final int size;
  private final int actions;
  private final int capacity;
  private final int featureLength;

  private final float[] features;
  private final float[] legal;
  private final float[] rawPolicy;
  private final float[] rawValue;
  private final float[] outputs; // per slot: actions priors then the value
  private final long[] keys;
  private final int[] symmetries;
  private final int[] missSlots;
  private int count;
  private int misses;
  private boolean evaluated;

  NetworkEvalBatch(InferenceService service, EvalCache cache, int boardSize, int capacity,
      SplittableRandom random) {
    this.service = service;
    this.cache = cache;
    this.random = random;
    this.encoder = new FeatureEncoder(boardSize);
    this.size = boardSize;
    this.actions = boardSize * boardSize + 1;
    this.capacity = capacity;
    this.featureLength = encoder.featureLength();
    this.features = new float[capacity * featureLength];
    this.legal = new float[capacity * actions];
    this.rawPolicy = new float[capacity * actions];
    this.rawValue = new float[capacity];
    this.outputs = new float[capacity * (actions + 1)];
    this.keys = new long[capacity];
    this.symmetries = new int[capacity];
    this.missSlots = new int[capacity];
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  public int size() {
    return count;
  }

  @Override
  public int add(Game game) {
    if (evaluated) {
      throw new IllegalStateException("batch was evaluated; clear() it before adding");
    }
    if (count == capacity) {
      throw new IllegalStateException("batch is full (" + capacity + " positions)");
    }
    if (game.size() != size) {
      throw new IllegalArgumentException(
          "game is " + game.size() + "x" + game.size() + ", batch is for " + size + "x" + size);
    }
    int slot = count++;
    if (cache != null) {
      long key = EvalCache.key(game);
      keys[slot] = key;
      if (cache.get(key, outputs, slot * (actions + 1), actions)) {
        return slot;
      }
    }
    int symmetry = random == null ? Symmetries.IDENTITY : random.nextInt(Symmetries.COUNT);
    symmetries[slot] = symmetry;
    int m = misses++;
    missSlots[m] = slot;
    encoder.encode(game, symmetry, features, m * featureLength, legal, m * actions);
    return slot;
  }

  /**
   * {@inheritDoc}
   *
   * @throws java.util.concurrent.CompletionException if the network failed; the batch may then
   *     be evaluated again
   */
  @Override
  public void evaluate() {
    if (evaluated) {
      return;
    }
    if (misses > 0) {
      service.evaluate(features, legal, misses, rawPolicy, rawValue);
    }
    evaluated = true;
    for (int m = 0; m < misses; m++) {
      enforceLegality(m * actions);
      int slot = missSlots[m];
      int out = slot * (actions + 1);
      Symmetries.untransformActions(rawPolicy, m * actions, outputs, out, size, symmetries[slot]);
      outputs[out + actions] = rawValue[m];
      if (cache != null) {
        cache.put(keys[slot], outputs, out, actions, rawValue[m]);
      }
    }
  }

  @Override
  public void priors(int slot, float[] out) {
    checkReadable(slot);
    System.arraycopy(outputs, slot * (actions + 1), out, 0, actions);
  }

  @Override
  public float value(int slot) {
    checkReadable(slot);
    return outputs[slot * (actions + 1) + actions];
  }

  @Override
  public void clear() {
    count = 0;
    misses = 0;
    evaluated = false;
  }

  /**
   * Search expands only actions with a positive prior, so a legal action whose softmax
   * underflowed to 0 would never be searched: give such actions {@link #LEGAL_PRIOR_FLOOR}
   * (the sum stays 1 within float precision). Illegal actions are set to exactly 0 whatever
   * the graph gave (it gives 0 unless a logit exceeds the mask offset of 10^4).
   */
  private void enforceLegality(int offset) {
    for (int a = offset; a < offset + actions; a++) {
      if (legal[a] == 0f) {
        rawPolicy[a] = 0f; // already 0 from the masked softmax; this makes it a guarantee
      } else if (rawPolicy[a] == 0f) {
        rawPolicy[a] = LEGAL_PRIOR_FLOOR;
      }
    }
  }

  /** The symmetry position {@code slot} was evaluated under (meaningless for cache hits). */
  int symmetry(int slot) {
    return symmetries[slot];
  }

  private void checkReadable(int slot) {
    if (!evaluated) {
      throw new IllegalStateException("batch not evaluated yet");
    }
    if (slot < 0 || slot >= count) {
      throw new IllegalArgumentException("slot " + slot + " outside [0, " + count + ")");
    }
  }
}
