package dev.tengen.games.playout;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Stone;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link PlayoutBoard#checkConsistency()} catches each kind of corrupted field. */
class ConsistencyCheckTest {

  /** A 5x5 position after 12 seeded random moves (it holds a chain of several stones). */
  private static PlayoutBoard position() {
    PlayoutBoard b = new PlayoutBoard(5);
    XorShiftRandom random = new XorShiftRandom(3);
    int c = Stone.BLACK;
    for (int i = 0; i < 12; i++) {
      b.playLegal(RandomPlayout.choose(b, c, random), c);
      c = 3 - c;
    }
    b.checkConsistency();
    return b;
  }

  private static void assertCaught(String message, Consumer<PlayoutBoard> corruption) {
    PlayoutBoard b = position();
    corruption.accept(b);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::checkConsistency);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  /** A vertex holding a stone whose chain has more than one stone. */
  private static int chainStone(PlayoutBoard b) {
    for (int a = 0; a < 25; a++) {
      if (b.chainSize(b.vertex(a)) > 1) {
        return b.vertex(a);
      }
    }
    throw new AssertionError("no chain of two stones in\n" + b);
  }

  @Test
  void catchesCorruptedFields() {
    assertCaught("records size", b -> b.chainSize[b.chainHead(chainStone(b))]++);
    assertCaught("pseudo-liberties", b -> b.libs[b.chainHead(chainStone(b))]++);
    assertCaught("pseudo-liberties",
        b -> b.libs[b.chainHead(chainStone(b))] += 1L << PlayoutBoard.SQUARES_SHIFT);
    assertCaught("has head", b -> {
      int v = chainStone(b);
      b.head[b.next[v] == b.chainHead(v) ? v : b.next[v]] = b.vertex(0) == v ? 1 : 0;
    });
    assertCaught("chain list", b -> {
      int v = chainStone(b);
      b.next[v] = v;
    });
    assertCaught("records chain head", b -> b.head[b.emptyVertex(0)] = chainStone(b));
    assertCaught("empty count", b -> b.emptyCount--);
    assertCaught("records position", b -> b.emptyPos[b.emptyVertex(0)] = 1);
    assertCaught("not an empty point", b -> b.emptyList[0] = chainStone(b));
    assertCaught("stone balance", b -> b.stoneBalance++);
    assertCaught("ko vertex", b -> b.koVertex = chainStone(b));
    assertCaught("border vertex", b -> b.colour[0] = Stone.EMPTY);
  }

  @Test
  void catchesAChainWithoutLibertiesLeftByAnUncheckedSuicide() {
    PlayoutBoard b = Twin.of(
        "O.",
        ".O").fast;
    b.playLegal(b.vertex(0), Stone.BLACK); // suicide: playLegal's contract is broken
    IllegalStateException e = assertThrows(IllegalStateException.class, b::checkConsistency);
    assertTrue(e.getMessage().contains("no liberties"), e.getMessage());
  }
}
