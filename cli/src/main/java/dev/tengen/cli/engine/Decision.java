package dev.tengen.cli.engine;

import dev.tengen.mcts.SearchInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * What the engine decided for one move.
 *
 * @param action the move (an action index; pass is {@code size * size}); meaningless when
 *     {@code resign}
 * @param resign whether the engine resigns instead
 * @param info the root statistics the decision came from (win rate, best line)
 * @param elapsed thinking time
 */
public record Decision(int action, boolean resign, SearchInfo info, Duration elapsed) {
  public Decision {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
