package dev.tengen.network;

import java.util.Arrays;

/**
 * A reusable minibatch for {@link TrainableNetwork#train}: up to {@link #capacity()} samples on
 * one board size, as flat float arrays in the layouts of {@link Features} (NHWC) and the action
 * index. The trainer fills it, usually through {@link TrainingSampleWriter}, then sets
 * {@link #setCount(int)}. The arrays are live (no copies), so filling costs no allocation.
 *
 * <p>Per sample {@code i}: features at {@code [i × points × planes, ...)}; {@code legal} 1/0 per
 * action at {@code [i × actions, ...)}; {@code policyTargets} a distribution over the legal actions
 * (the visit distribution); {@code valueTargets[i]} the result for the side to move in [-1, 1];
 * {@code ownershipTargets} per point in [-1, 1] (+1 = the side to move owns it) with
 * {@code ownershipMask[i]} 1 when known and 0 to leave it out of the loss; {@code weights[i]} the
 * sample's weight in every loss (1 normally); {@code policyWeights[i]} an extra factor on its
 * policy loss only: 1 normally, 0 for a value/ownership-only sample (a fast-search position
 * under playout cap randomization, as in KataGo), whose policy target is then ignored and need
 * not sum to 1 (all zeros is fine). A new batch has every weight and policy weight 1.
 */
public final class TrainingBatch {

  private final int boardSize;
  private final int capacity;
  private final float[] features;
  private final float[] legal;
  private final float[] policyTargets;
  private final float[] valueTargets;
  private final float[] ownershipTargets;
  private final float[] ownershipMask;
  private final float[] weights;
  private final float[] policyWeights;
  private int count;

  /** An empty batch; costs {@code capacity × (points × planes + 2 × actions + points + 4)} floats. */
  public TrainingBatch(int boardSize, int capacity) {
    if (boardSize < NetworkConfig.MIN_BOARD_SIZE || boardSize > NetworkConfig.MAX_BOARD_SIZE) {
      throw new IllegalArgumentException("board size " + boardSize + " not supported");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    int points = boardSize * boardSize;
    int actions = points + 1;
    this.boardSize = boardSize;
    this.capacity = capacity;
    this.features = new float[capacity * points * Features.PLANES];
    this.legal = new float[capacity * actions];
    this.policyTargets = new float[capacity * actions];
    this.valueTargets = new float[capacity];
    this.ownershipTargets = new float[capacity * points];
    this.ownershipMask = new float[capacity];
    this.weights = new float[capacity];
    this.policyWeights = new float[capacity];
    Arrays.fill(weights, 1f);
    Arrays.fill(policyWeights, 1f);
  }

  public int boardSize() {
    return boardSize;
  }

  public int capacity() {
    return capacity;
  }

  /** Samples in use, {@code [0, count)}. */
  public int count() {
    return count;
  }

  /** Declares how many samples are filled in. */
  public void setCount(int count) {
    if (count < 0 || count > capacity) {
      throw new IllegalArgumentException("count " + count + " outside [0, " + capacity + "]");
    }
    this.count = count;
  }

  public int points() {
    return boardSize * boardSize;
  }

  public int actions() {
    return boardSize * boardSize + 1;
  }

  public float[] features() {
    return features;
  }

  public float[] legal() {
    return legal;
  }

  public float[] policyTargets() {
    return policyTargets;
  }

  public float[] valueTargets() {
    return valueTargets;
  }

  public float[] ownershipTargets() {
    return ownershipTargets;
  }

  public float[] ownershipMask() {
    return ownershipMask;
  }

  public float[] weights() {
    return weights;
  }

  /** Per-sample factor on the policy loss: 1 normally, 0 for value/ownership-only samples. */
  public float[] policyWeights() {
    return policyWeights;
  }

  /**
   * Checks the filled samples: positive count, legal mask of 0/1 with pass legal, policy
   * targets non-negative and zero on illegal actions, summing to 1 (± 1e-3) unless the sample's
   * policy weight is 0, values and ownership in [-1, 1], mask 0/1, weights and policy weights
   * non-negative and finite.
   *
   * @throws IllegalArgumentException naming the first bad sample, array and index
   */
  public void validate() {
    if (count < 1) {
      throw new IllegalArgumentException("training batch is empty");
    }
    int actions = actions();
    int points = points();
    for (int i = 0; i < count; i++) {
      double sum = 0;
      for (int a = 0; a < actions; a++) {
        float l = legal[i * actions + a];
        float t = policyTargets[i * actions + a];
        if (l != 0f && l != 1f) {
          throw bad(i, "legal", a, l);
        }
        if (!(t >= 0f) || (l == 0f && t != 0f)) {
          throw bad(i, "policyTargets", a, t);
        }
        sum += t;
      }
      if (legal[i * actions + actions - 1] != 1f) {
        throw bad(i, "legal (pass must be legal)", actions - 1, legal[i * actions + actions - 1]);
      }
      if (!(policyWeights[i] >= 0f) || Float.isInfinite(policyWeights[i])) {
        throw bad(i, "policyWeights", i, policyWeights[i]);
      }
      if (policyWeights[i] != 0f && Math.abs(sum - 1) > 1e-3) {
        throw new IllegalArgumentException(
            "sample " + i + ": policyTargets sum to " + sum + ", not 1");
      }
      if (!(Math.abs(valueTargets[i]) <= 1f)) {
        throw bad(i, "valueTargets", i, valueTargets[i]);
      }
      if (ownershipMask[i] != 0f && ownershipMask[i] != 1f) {
        throw bad(i, "ownershipMask", i, ownershipMask[i]);
      }
      for (int p = 0; p < points; p++) {
        if (!(Math.abs(ownershipTargets[i * points + p]) <= 1f)) {
          throw bad(i, "ownershipTargets", p, ownershipTargets[i * points + p]);
        }
      }
      if (!(weights[i] >= 0f) || Float.isInfinite(weights[i])) {
        throw bad(i, "weights", i, weights[i]);
      }
    }
  }

  private static IllegalArgumentException bad(int sample, String array, int index, float value) {
    return new IllegalArgumentException(
        "sample " + sample + ": " + array + "[" + index + "] = " + value + " is invalid");
  }
}
