package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RefereeTest {

  /** Plays the given GTP vertices in order, whatever the position. */
  static final class ScriptedPlayer extends InProcessPlayer {
    private final Deque<String> script;

    ScriptedPlayer(String name, String... vertices) {
      super(name);
      this.script = new ArrayDeque<>(List.of(vertices));
    }

    @Override
    protected PlayerMove choose(Game position) {
      return PlayerMove.of(Actions.parseGtp(script.poll(), position.size()));
    }
  }

  private final Referee referee = new Referee();
  private final GameSettings five = new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75);

  @Test
  void anImmediateKoRecaptureIsForfeited() {
    // B A2, W C1, B B1, W C3, B B3, W D2, B E5, W B2, B C2 (takes B2), W B2 (retakes: ko)
    GameReport r = referee.play(new ScriptedPlayer("black", "A2", "B1", "B3", "E5", "C2"),
        new ScriptedPlayer("white", "C1", "C3", "D2", "B2", "B2"), five);
    assertEquals(Ending.FORFEIT, r.ending());
    assertEquals(ForfeitKind.ILLEGAL_MOVE, r.forfeit().kind());
    assertEquals(Color.WHITE, r.forfeit().loser());
    assertEquals(10, r.forfeit().ply());
    assertEquals("W B2 is illegal (ko)", r.forfeit().detail());
    assertEquals("B+F", r.result());
    assertEquals(9, r.moves().size());
  }

  @Test
  void suicideIsForfeited() {
    // B E5, W A2, B E4, W B1, B A1: no liberty, captures nothing
    GameReport r = referee.play(new ScriptedPlayer("black", "E5", "E4", "A1"),
        new ScriptedPlayer("white", "A2", "B1"), five);
    assertEquals(ForfeitKind.ILLEGAL_MOVE, r.forfeit().kind());
    assertEquals("B A1 is illegal (suicide)", r.forfeit().detail());
    assertEquals("W+F", r.result());
  }

  @Test
  void twoPassesEndAndAreaScores() {
    // B C3, W pass, B pass: Black owns the whole board: 25 - 0 - 0.5
    GameReport r = referee.play(new ScriptedPlayer("black", "C3", "pass"),
        new ScriptedPlayer("white", "pass"), five);
    assertEquals(Ending.TWO_PASSES, r.ending());
    assertNull(r.forfeit());
    assertEquals(25, r.blackArea());
    assertEquals(0, r.whiteArea());
    assertEquals(24.5, r.areaScore(), 0);
    assertEquals("B+24.5", r.result());
    assertEquals(Color.BLACK, r.winner());
  }

  @Test
  void theMoveCapEndsTheGameAndItIsScoredAsItStands() {
    GameSettings capped = new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 6);
    GameReport r = referee.play(new RandomPlayer("b", new Random(1)),
        new RandomPlayer("w", new Random(2)), capped);
    assertEquals(Ending.MOVE_CAP, r.ending());
    assertEquals(6, r.moves().size());
    assertEquals(r.blackArea() - r.whiteArea() - 0.5, r.areaScore(), 0);
  }
}
