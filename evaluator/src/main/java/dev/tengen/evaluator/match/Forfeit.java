package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import java.util.Objects;

/**
 * Who forfeited a game, how, and when.
 *
 * @param loser the colour that forfeited
 * @param kind what it did
 * @param detail the message naming the command or move
 * @param ply the ply (1-based) at which it happened; 0 during set-up
 */
public record Forfeit(Color loser, ForfeitKind kind, String detail, int ply) {

  /** @throws NullPointerException if a field is null */
  public Forfeit {
    Objects.requireNonNull(loser, "loser");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code illegal_move@41 (W): W C3 is illegal (superko)} */
  @Override
  public String toString() {
    return kind.code() + "@" + ply + " (" + loser.sgfLetter() + "): " + detail;
  }
}
