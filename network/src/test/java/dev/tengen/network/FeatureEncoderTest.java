package dev.tengen.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Actions;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureEncoderTest {

  private static final int N = 5;

  /**
   * A 5x5 game ending in a ko: after Black's capture at (2,1), White may not retake at (1,1)
   * (ko) nor play at (0,0) (suicide).
   */
  static Game koGame() {
    Game game = new Game(N, Rules.DEFAULT);
    int[][] moves = {{1, 2}, {2, 2}, {0, 1}, {3, 1}, {1, 0}, {2, 0}, {4, 4}, {1, 1}, {2, 1}};
    for (int[] m : moves) {
      game.play(Actions.of(m[0], m[1], N));
    }
    return game;
  }

  private static int a(int x, int y) {
    return Actions.of(x, y, N);
  }

  @Test
  void knownPositionGivesExactPlanes() {
    Game game = koGame();
    FeatureEncoder encoder = new FeatureEncoder(N);
    float[] features = new float[encoder.featureLength() + 3];
    float[] legal = new float[N * N + 1 + 2];
    java.util.Arrays.fill(features, 9f); // must be overwritten
    int legalCount = encoder.encode(game, 0, features, 3, legal, 2);

    Set<Integer> black = Set.of(a(1, 2), a(0, 1), a(1, 0), a(4, 4), a(2, 1));
    Set<Integer> white = Set.of(a(2, 2), a(3, 1), a(2, 0));
    // White to move: own = White.
    assertPlane(features, 3, Features.OWN_STONES, white);
    assertPlane(features, 3, Features.OPPONENT_STONES, black);
    // 1 ply ago: before Black's capture, White's (1,1) still there.
    assertPlane(features, 3, Features.OWN_STONES + 2, Set.of(a(2, 2), a(3, 1), a(2, 0), a(1, 1)));
    assertPlane(features, 3, Features.OPPONENT_STONES + 2, Set.of(a(1, 2), a(0, 1), a(1, 0), a(4, 4)));
    // 2 plies ago: before White (1,1).
    assertPlane(features, 3, Features.OWN_STONES + 4, white);
    assertPlane(features, 3, Features.OPPONENT_STONES + 4, Set.of(a(1, 2), a(0, 1), a(1, 0), a(4, 4)));
    // 3 plies ago: before Black (4,4).
    assertPlane(features, 3, Features.OWN_STONES + 6, white);
    assertPlane(features, 3, Features.OPPONENT_STONES + 6, Set.of(a(1, 2), a(0, 1), a(1, 0)));

    assertPlane(features, 3, Features.LIBERTIES_1, Set.of(a(2, 1), a(2, 0)));
    assertPlane(features, 3, Features.LIBERTIES_2, Set.of(a(1, 0), a(4, 4), a(2, 2)));
    assertPlane(features, 3, Features.LIBERTIES_3_OR_MORE, Set.of(a(1, 2), a(0, 1), a(3, 1)));
    assertPlane(features, 3, Features.ILLEGAL, Set.of(a(1, 1), a(0, 0)));
    assertPlane(features, 3, Features.LAST_MOVE, Set.of(a(2, 1)));
    assertPlane(features, 3, Features.LAST_MOVE + 1, Set.of(a(1, 1)));
    assertPlane(features, 3, Features.LAST_MOVE + 2, Set.of(a(4, 4)));
    assertPlane(features, 3, Features.LAST_MOVE + 3, Set.of(a(2, 0)));
    assertPlane(features, 3, Features.LAST_MOVE + 4, Set.of(a(1, 0)));
    assertConstantPlane(features, 3, Features.ONES, 1f);
    assertConstantPlane(features, 3, Features.PASSED_1_AGO, 0f);
    assertConstantPlane(features, 3, Features.PASSED_2_AGO, 0f);
    assertConstantPlane(features, 3, Features.BLACK_TO_MOVE, 0f);
    assertConstantPlane(features, 3, Features.KOMI, 7.5f / 20f);
    assertEquals(9f, features[0]);
    assertEquals(9f, features[1]);

    // 25 points - 8 stones - 2 illegal = 15 legal points, plus pass.
    assertEquals(16, legalCount);
    for (int p = 0; p < N * N; p++) {
      boolean expected = !black.contains(p) && !white.contains(p) && p != a(1, 1) && p != a(0, 0);
      assertEquals(expected ? 1f : 0f, legal[2 + p], "legal[" + Actions.toGtp(p, N) + "]");
    }
    assertEquals(1f, legal[2 + N * N]);
  }

  @Test
  void passesAndBlackToMoveAndKomiSign() {
    Game game = new Game(N, Rules.DEFAULT.withKomi(-3));
    game.play(game.passAction());
    game.play(N * N - 1 - 12); // White at C3 (x=2, y=2)
    game.play(game.passAction());
    FeatureEncoder encoder = new FeatureEncoder(N);
    float[] f = new float[encoder.featureLength()];
    float[] legal = new float[N * N + 1];
    encoder.encode(game, 0, f, 0, legal, 0);
    // Black passed last (1 ago), White played 2 ago, Black passed 3 ago; White to move.
    assertConstantPlane(f, 0, Features.PASSED_1_AGO, 1f);
    assertConstantPlane(f, 0, Features.PASSED_2_AGO, 0f);
    assertConstantPlane(f, 0, Features.BLACK_TO_MOVE, 0f);
    assertConstantPlane(f, 0, Features.KOMI, -3f / 20f);
    assertPlane(f, 0, Features.LAST_MOVE, Set.of());
    assertPlane(f, 0, Features.LAST_MOVE + 1, Set.of(N * N - 1 - 12));
    game.play(game.passAction());
    encoder.encode(game, 0, f, 0, legal, 0);
    assertConstantPlane(f, 0, Features.BLACK_TO_MOVE, 1f);
    assertConstantPlane(f, 0, Features.KOMI, 3f / 20f);
    assertConstantPlane(f, 0, Features.PASSED_2_AGO, 1f);
  }

  @Test
  void encodingUnderASymmetryEqualsTransformingTheIdentityEncoding() {
    Game game = koGame();
    FeatureEncoder encoder = new FeatureEncoder(N);
    int len = encoder.featureLength();
    float[] identity = new float[len];
    float[] identityLegal = new float[N * N + 1];
    encoder.encode(game, 0, identity, 0, identityLegal, 0);
    for (int s = 1; s < 8; s++) {
      float[] direct = new float[len];
      float[] directLegal = new float[N * N + 1];
      encoder.encode(game, s, direct, 0, directLegal, 0);
      float[] moved = new float[len];
      float[] movedLegal = new float[N * N + 1];
      Symmetries.transformFeatures(identity, 0, moved, 0, N, Features.PLANES, s);
      Symmetries.transformActions(identityLegal, 0, movedLegal, 0, N, s);
      assertArrayEquals(moved, direct, "symmetry " + s);
      assertArrayEquals(movedLegal, directLegal, "symmetry " + s);
    }
  }

  @Test
  void rejectsAnotherBoardSizeAndShortBuffers() {
    FeatureEncoder encoder = new FeatureEncoder(9);
    Game game = new Game(N, Rules.DEFAULT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> encoder.encode(game, 0, new float[81 * Features.PLANES], 0, new float[82], 0));
    assertEquals("game is 5x5, encoder is for 9x9", e.getMessage());
    FeatureEncoder five = new FeatureEncoder(N);
    assertThrows(IllegalArgumentException.class,
        () -> five.encode(game, 0, new float[10], 0, new float[26], 0));
  }

  private static void assertPlane(float[] f, int offset, int plane, Set<Integer> ones) {
    for (int p = 0; p < N * N; p++) {
      float expected = ones.contains(p) ? 1f : 0f;
      assertEquals(expected, f[offset + p * Features.PLANES + plane],
          "plane " + plane + " at " + Actions.toGtp(p, N));
    }
  }

  private static void assertConstantPlane(float[] f, int offset, int plane, float value) {
    for (int p = 0; p < N * N; p++) {
      assertEquals(value, f[offset + p * Features.PLANES + plane], "plane " + plane + " at " + p);
    }
  }
}
