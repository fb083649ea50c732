package dev.tengen.selfplay.record;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.EndReason;
import dev.tengen.games.GameResult;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import java.util.SplittableRandom;

/** Seeded, realistic-looking game records for tests and benchmarks (moves need not be legal). */
public final class SampleRecords {

  private SampleRecords() {}

  /**
   * A record of {@code moves} moves on {@code size}x{@code size} with about {@code entries}
   * policy entries per move, every field filled from {@code seed}.
   */
  public static GameRecord random(long seed, int size, int moves, int entries) {
    SplittableRandom rng = new SplittableRandom(seed);
    int count = Actions.count(size);
    Rules rules = new Rules(rng.nextBoolean() ? KoRule.SIMPLE : KoRule.POSITIONAL_SUPERKO,
        rng.nextBoolean(), (rng.nextInt(41) - 20) / 2.0);
    GameRecord.Builder b = GameRecord.builder(rng.nextLong(), size, rules)
        .times(1_700_000_000_000L + rng.nextInt(1 << 30), 1_800_000_000_000L + rng.nextInt(1 << 30))
        .moveCap(3 * size * size)
        .featureVersion(rng.nextInt(1 << 16));
    int[] actions = new int[count];
    float[] probabilities = new float[count];
    for (int i = 0; i < moves; i++) {
      int k = Math.min(count, 1 + rng.nextInt(Math.max(1, entries * 2)));
      int j = 0;
      for (int a = 0; a < count && j < k; a++) { // selection sampling: k sorted distinct actions
        if (rng.nextInt(count - a) < k - j) {
          actions[j] = a;
          probabilities[j] = (float) rng.nextDouble();
          j++;
        }
      }
      String model = i < moves / 2 ? "m000007" : "m000008-ünïcode";
      b.addMove(rng.nextInt(count), model, rng.nextBoolean(), (float) (rng.nextDouble() * 2 - 1),
          rng.nextInt(2000), rng.nextInt(600), actions, probabilities, k);
    }
    boolean disabled = rng.nextBoolean();
    b.resignationDisabled(disabled);
    if (disabled && moves > 0) {
      b.wouldResign(rng.nextInt(moves), rng.nextBoolean() ? Color.BLACK : Color.WHITE);
    }
    GameResult result = disabled
        ? GameResult.byScore((rng.nextInt(81) - 40) / 2.0, EndReason.TWO_PASSES)
        : GameResult.resignation(rng.nextBoolean() ? Color.BLACK : Color.WHITE);
    return b.build(result);
  }
}
