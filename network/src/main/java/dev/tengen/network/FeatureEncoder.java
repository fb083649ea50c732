package dev.tengen.network;

import dev.tengen.games.Game;
import dev.tengen.games.Stone;
import java.util.Arrays;

/**
 * Encodes a game's current position into the input planes of {@link Features} version
 * {@value Features#VERSION}, writing straight into a batch buffer, optionally under one of the
 * 8 {@link Symmetries} (so augmentation and random-symmetry evaluation cost nothing extra).
 *
 * <p>One encoder per thread and board size: it owns scratch arrays, so {@link #encode} allocates
 * nothing. Cost: O(points × {@link Features#HISTORY}) plus one {@link Game#legalActions} call.
 */
public final class FeatureEncoder {

  private final int size;
  private final int points;
  private final int[] stones;
  private final boolean[] legalScratch;

  /** An encoder for boards of this size. */
  public FeatureEncoder(int boardSize) {
    if (boardSize < NetworkConfig.MIN_BOARD_SIZE || boardSize > NetworkConfig.MAX_BOARD_SIZE) {
      throw new IllegalArgumentException("board size " + boardSize + " not supported");
    }
    this.size = boardSize;
    this.points = boardSize * boardSize;
    this.stones = new int[points];
    this.legalScratch = new boolean[points + 1];
  }

  public int boardSize() {
    return size;
  }

  /** Floats one position takes in a feature buffer: {@code size² × PLANES}. */
  public int featureLength() {
    return points * Features.PLANES;
  }

  /**
   * Writes the position's planes, transformed by {@code symmetry}, into
   * {@code features[featureOffset .. featureOffset + featureLength())} (overwriting the whole
   * region) and its legal mask (1 legal, 0 illegal, same symmetry, pass last) into
   * {@code legal[legalOffset .. legalOffset + size² + 1)}. When the game is over (no legal action)
   * pass is marked legal so the network stays defined.
   *
   * @return the number of legal actions written (pass included)
   * @throws IllegalArgumentException if the game's size is not this encoder's, or a region does
   *     not fit
   */
  public int encode(Game game, int symmetry, float[] features, int featureOffset,
      float[] legal, int legalOffset) {
    if (game.size() != size) {
      throw new IllegalArgumentException(
          "game is " + game.size() + "x" + game.size() + ", encoder is for " + size + "x" + size);
    }
    int length = featureLength();
    if (featureOffset < 0 || featureOffset + length > features.length) {
      throw new IllegalArgumentException("features region [" + featureOffset + ", "
          + (featureOffset + length) + ") outside a buffer of " + features.length);
    }
    if (legalOffset < 0 || legalOffset + points + 1 > legal.length) {
      throw new IllegalArgumentException("legal region [" + legalOffset + ", "
          + (legalOffset + points + 1) + ") outside a buffer of " + legal.length);
    }
    int[] map = Symmetries.table(size, symmetry);
    final int planes = Features.PLANES;
    Arrays.fill(features, featureOffset, featureOffset + length, 0f);

    int legalCount = game.legalActions(legalScratch);
    if (legalCount == 0) {
      legalScratch[points] = true;
      legalCount = 1;
    }

    int own = game.toMoveStone();
    int opponent = own == Stone.BLACK ? Stone.WHITE : Stone.BLACK;
    double komi = game.rules().komi();
    float komiValue = (float) ((own == Stone.WHITE ? komi : -komi) / Features.KOMI_SCALE);
    float blackToMove = own == Stone.BLACK ? 1f : 0f;
    int pass = game.passAction();
    float passed1 = game.lastAction(0) == pass ? 1f : 0f;
    float passed2 = game.lastAction(1) == pass ? 1f : 0f;

    for (int k = Features.HISTORY - 1; k >= 0; k--) {
      game.stonesAgo(k, stones);
      int ownPlane = Features.OWN_STONES + 2 * k;
      for (int p = 0; p < points; p++) {
        int s = stones[p];
        if (s == own) {
          features[featureOffset + map[p] * planes + ownPlane] = 1f;
        } else if (s == opponent) {
          features[featureOffset + map[p] * planes + ownPlane + 1] = 1f;
        }
      }
    }
    // stones[] now holds the current position (k = 0 was last).
    for (int p = 0; p < points; p++) {
      int base = featureOffset + map[p] * planes;
      features[base + Features.ONES] = 1f;
      if (stones[p] != Stone.EMPTY) {
        int liberties = game.liberties(p);
        int plane = liberties == 1 ? Features.LIBERTIES_1
            : liberties == 2 ? Features.LIBERTIES_2 : Features.LIBERTIES_3_OR_MORE;
        features[base + plane] = 1f;
      } else if (!legalScratch[p]) {
        features[base + Features.ILLEGAL] = 1f;
      }
      features[base + Features.PASSED_1_AGO] = passed1;
      features[base + Features.PASSED_2_AGO] = passed2;
      features[base + Features.BLACK_TO_MOVE] = blackToMove;
      features[base + Features.KOMI] = komiValue;
      legal[legalOffset + map[p]] = legalScratch[p] ? 1f : 0f;
    }
    legal[legalOffset + points] = legalScratch[points] ? 1f : 0f;
    for (int k = 0; k < Features.LAST_MOVES; k++) {
      int action = game.lastAction(k);
      if (action >= 0 && action < points) {
        features[featureOffset + map[action] * planes + Features.LAST_MOVE + k] = 1f;
      }
    }
    return legalCount;
  }
}
