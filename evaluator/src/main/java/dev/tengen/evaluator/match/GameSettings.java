package dev.tengen.evaluator.match;

import dev.tengen.games.Actions;
import dev.tengen.games.Rules;
import java.util.Objects;

/**
 * What every game of a match is played with.
 *
 * @param size the board size, 2 to 25
 * @param rules ko rule, suicide and komi (Tromp-Taylor area scoring)
 * @param moveCap plies (passes included) after which the game ends and is scored as it stands
 */
public record GameSettings(int size, Rules rules, int moveCap) {

  /** @throws IllegalArgumentException naming the bad field */
  public GameSettings {
    Actions.checkSize(size);
    Objects.requireNonNull(rules, "rules");
    if (moveCap < 1) {
      throw new IllegalArgumentException("move cap " + moveCap + " is not positive");
    }
  }

  /** {@code size}, default rules with {@code komi}, and the cap of {@code gtp_match.py}: 3·size². */
  public static GameSettings of(int size, double komi) {
    return new GameSettings(size, Rules.DEFAULT.withKomi(komi), 3 * size * size);
  }
}
