package dev.tengen.cli.config;

import dev.tengen.games.Actions;
import dev.tengen.games.KoRule;
import dev.tengen.games.Rules;
import java.util.Objects;

/**
 * The {@code tengen.game} section: board and rules of every game of a run (and the defaults of
 * {@code tengen gtp} and {@code tengen play}). Rules defaults are {@link Rules#DEFAULT}'s.
 *
 * @param boardSize board side, 2 to 25
 * @param komi points given to White, a multiple of 0.5
 * @param ko ko rule
 * @param suicideAllowed whether suicide is legal
 * @param moveCap plies after which a self-play or evaluation game is scored as it stands; 0
 *     means {@code 3 * boardSize^2}
 */
public record GameConfig(int boardSize, double komi, KoRule ko, boolean suicideAllowed,
    int moveCap) {
  /** @throws IllegalArgumentException naming boardSize, komi or moveCap when out of range */
  public GameConfig {
    if (moveCap < 0) {
      throw new IllegalArgumentException("moveCap must be >= 0 (0: 3 x boardSize^2), got " + moveCap);
    }
    try {
      Actions.checkSize(boardSize);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("boardSize: " + e.getMessage(), e);
    }
    try {
      Rules.checkKomi(komi);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("komi: " + e.getMessage(), e);
    }
    Objects.requireNonNull(ko, "ko");
  }

  /** The move cap in plies: {@code moveCap}, or {@code 3 * boardSize^2} when it is 0. */
  public int effectiveMoveCap() {
    return moveCap > 0 ? moveCap : 3 * boardSize * boardSize;
  }

  /** The rules these settings describe. */
  public Rules rules() {
    return new Rules(ko, suicideAllowed, komi);
  }
}
