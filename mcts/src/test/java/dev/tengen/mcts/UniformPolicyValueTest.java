package dev.tengen.mcts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import org.junit.jupiter.api.Test;

class UniformPolicyValueTest {

  @Test
  void uniformOverLegalMovesAndValueZero() {
    Game game = new Game(5, Rules.DEFAULT);
    game.play(12);
    EvalBatch batch = new UniformPolicyValue().newBatch(5, 2);
    int slot = batch.add(game);
    game.play(13); // the batch captured the position already
    batch.evaluate();
    float[] p = new float[26];
    batch.priors(slot, p);
    assertEquals(0f, p[12]);
    assertEquals(1f / 25, p[13]);
    assertEquals(1f / 25, p[25]);
    assertEquals(0f, batch.value(slot));
  }

  @Test
  void misuseIsReported() {
    EvalBatch batch = new UniformPolicyValue().newBatch(5, 1);
    assertThrows(IllegalArgumentException.class, () -> batch.add(new Game(9, Rules.DEFAULT)));
    batch.add(new Game(5, Rules.DEFAULT));
    assertThrows(IllegalStateException.class, () -> batch.add(new Game(5, Rules.DEFAULT)));
    assertThrows(IllegalStateException.class, () -> batch.value(0));
    assertThrows(IllegalArgumentException.class, () -> new UniformPolicyValue().newBatch(9, 0));
  }
}
