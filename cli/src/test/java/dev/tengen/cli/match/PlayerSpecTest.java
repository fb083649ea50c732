package dev.tengen.cli.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link PlayerSpec} parsing and the ladder names {@link MatchPlayers} derives from specs. */
class PlayerSpecTest {

  @Test
  void parsesEveryKind() {
    PlayerSpec ckpt = PlayerSpec.parse("ckpt:runs/r1/checkpoints/m12.ckpt");
    assertEquals(PlayerSpec.Kind.CHECKPOINT, ckpt.kind());
    assertEquals(Path.of("runs/r1/checkpoints/m12.ckpt"), ckpt.checkpoint());

    PlayerSpec gnugo = PlayerSpec.parse("gnugo:1");
    assertEquals(PlayerSpec.Kind.GNUGO, gnugo.kind());
    assertEquals(1, gnugo.gnuGoLevel());
    assertEquals(10, PlayerSpec.parse("GNUGO: 10").gnuGoLevel());

    PlayerSpec gtp = PlayerSpec.parse("gtp:leelaz --gtp -w 'my net.gz'");
    assertEquals(PlayerSpec.Kind.GTP, gtp.kind());
    assertEquals("leelaz --gtp -w 'my net.gz'", gtp.argument());

    assertEquals(new PlayerSpec(PlayerSpec.Kind.RANDOM, ""), PlayerSpec.parse(" random "));
  }

  @Test
  void printsAsWritten() {
    for (String spec : new String[] {"ckpt:a/b.ckpt", "gnugo:3", "gtp:gnugo --mode gtp", "random"}) {
      assertEquals(spec, PlayerSpec.parse(spec).toString());
    }
  }

  @Test
  void badSpecsAreErrorsNamingTheSpec() {
    assertBad("foo:1", "unknown player kind 'foo'");
    assertBad("m12.ckpt", "expected ckpt:PATH, gnugo:LEVEL, gtp:COMMAND or random");
    assertBad("ckpt:", "needs a checkpoint path");
    assertBad("ckpt:   ", "needs a checkpoint path");
    assertBad("gnugo:", "needs a level 0..10");
    assertBad("gnugo:one", "needs a level 0..10");
    assertBad("gnugo:11", "GNU Go level 11 outside 0..10");
    assertBad("gnugo:-1", "GNU Go level -1 outside 0..10");
    assertBad("gtp:", "needs the engine's command line");
    assertBad("gtp:engine 'unclosed", "bad player spec 'gtp:engine 'unclosed'");
    assertBad("random:7", "random takes no argument");
  }

  @Test
  void kindAccessorsRefuseOtherKinds() {
    assertThrows(IllegalStateException.class, () -> PlayerSpec.parse("random").checkpoint());
    assertThrows(IllegalStateException.class, () -> PlayerSpec.parse("ckpt:x").gnuGoLevel());
  }

  @Test
  void ladderNamesComeFromTheSpec() {
    assertEquals("m12", MatchPlayers.ladderName(PlayerSpec.parse("ckpt:runs/r1/checkpoints/m12.ckpt")));
    assertEquals("tiny", MatchPlayers.ladderName(PlayerSpec.parse("ckpt:tiny")));
    assertEquals("gnugo-l1", MatchPlayers.ladderName(PlayerSpec.parse("gnugo:1")));
    assertEquals("leelaz", MatchPlayers.ladderName(PlayerSpec.parse("gtp:/opt/bin/leelaz --gtp")));
    assertEquals("random", MatchPlayers.ladderName(PlayerSpec.parse("random")));
  }

  private static void assertBad(String spec, String why) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlayerSpec.parse(spec));
    assertTrue(e.getMessage().startsWith("bad player spec '" + spec + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }
}
