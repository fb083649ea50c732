package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Move;
import java.util.List;
import java.util.Objects;

/**
 * One refereed game.
 *
 * @param settings size, rules and move cap
 * @param blackName the player that had Black
 * @param whiteName the player that had White
 * @param moves the plies as played (a resignation last if there was one)
 * @param winner the winning colour, or null for a draw
 * @param result SGF's {@code RE}: {@code B+3.5}, {@code W+R}, {@code B+F} (forfeit), {@code W+T}
 *     (time), {@code 0}
 * @param ending how it ended
 * @param forfeit the forfeit, when {@code ending == FORFEIT}; else null
 * @param blackArea Black's Tromp-Taylor area of the final position
 * @param whiteArea White's Tromp-Taylor area of the final position
 * @param areaScore {@code blackArea − whiteArea − komi} of the final position
 * @param blackThinkNanos Black's total time answering genmove (wall clock, for reports)
 * @param whiteThinkNanos White's total time answering genmove
 */
public record GameReport(
    GameSettings settings,
    String blackName,
    String whiteName,
    List<Move> moves,
    Color winner,
    String result,
    Ending ending,
    Forfeit forfeit,
    int blackArea,
    int whiteArea,
    double areaScore,
    long blackThinkNanos,
    long whiteThinkNanos) {

  /** @throws IllegalArgumentException if forfeit and ending disagree */
  public GameReport {
    Objects.requireNonNull(settings, "settings");
    moves = List.copyOf(moves);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(ending, "ending");
    if ((ending == Ending.FORFEIT) != (forfeit != null)) {
      throw new IllegalArgumentException("ending " + ending + " with forfeit " + forfeit);
    }
  }

  /** The winner's name, or null for a draw. */
  public String winnerName() {
    return winner == null ? null : winner == Color.BLACK ? blackName : whiteName;
  }

  /** Mean seconds per genmove of a colour in this game; NaN if it made no move. */
  public double secondsPerMove(Color color) {
    int count = 0;
    for (Move m : moves) {
      if (m.color() == color) {
        count++;
      }
    }
    long nanos = color == Color.BLACK ? blackThinkNanos : whiteThinkNanos;
    return count == 0 ? Double.NaN : nanos / 1e9 / count;
  }

  /** How it ended, for logs and the journal: the ending's code, or the forfeit in full. */
  public String reason() {
    return forfeit == null ? ending.code() : forfeit.toString();
  }
}
