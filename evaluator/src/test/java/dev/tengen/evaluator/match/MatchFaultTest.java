package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.gtp.FakeGtpEngine;
import dev.tengen.games.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misbehaving GTP engines (the fake engine in test sources, each a separate JVM) forfeit the game
 * with the reason recorded, and the match carries on with the next game.
 */
class MatchFaultTest {

  @TempDir Path dir;

  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  private MatchResult twoGames(String id, Duration moveTimeout, String... flags) throws Exception {
    GtpContestant faulty = new GtpContestant("faulty", FakeGtpEngine.command(flags),
        dir.resolve("logs"), Duration.ofSeconds(60), moveTimeout);
    MatchSettings s = new MatchSettings(id, MatchTest.FIVE, 2, 1, true);
    return Match.builder(s, faulty, RandomPlayer.contestant("random", 1))
        .listener(new MatchListener() {
          @Override
          public void event(String message) {
            events.add(message);
          }
        })
        .build().run();
  }

  private static Forfeit forfeitOf(MatchResult r, int game) {
    return r.played().get(game - 1).forfeit();
  }

  @Test
  void aCrashingEngineForfeitsEachGameAndIsRestarted() throws Exception {
    MatchResult r = twoGames("crash", Duration.ofSeconds(60), "--crash-at", "2");
    assertEquals(2, r.played().size());
    assertEquals(0, r.scoreOfA().wins());
    assertEquals(2, r.scoreOfA().losses());
    Forfeit f = forfeitOf(r, 1);
    assertEquals(ForfeitKind.CRASH, f.kind());
    assertEquals(Color.BLACK, f.loser()); // the engine had Black in game 1
    assertEquals(3, f.ply()); // its second genmove: plies 1 (B), 2 (W), 3 (B)
    assertTrue(f.detail().contains("exit code 3"), f.detail());
    assertEquals("W+F", r.played().get(0).result());
    assertEquals(ForfeitKind.CRASH, forfeitOf(r, 2).kind());
    assertEquals(Color.WHITE, forfeitOf(r, 2).loser());
    assertTrue(events.stream().anyMatch(e -> e.contains("restarting faulty")), events.toString());
    assertEquals("{faulty: crash=2}", r.forfeits().toString());
  }

  @Test
  void aHangingEngineTimesOut() throws Exception {
    MatchResult r = twoGames("hang", Duration.ofSeconds(1), "--hang-at", "1");
    assertEquals(ForfeitKind.TIMEOUT, forfeitOf(r, 1).kind());
    assertEquals("W+T", r.played().get(0).result());
    assertTrue(forfeitOf(r, 1).detail().contains("no reply to 'genmove b' within 1000 ms"),
        forfeitOf(r, 1).detail());
    assertEquals(ForfeitKind.TIMEOUT, forfeitOf(r, 2).kind());
    assertEquals("B+T", r.played().get(1).result());
  }

  @Test
  void nonsenseIllegalMovesRefusalsAndFailedGenmovesForfeitOnlyTheirGame() throws Exception {
    MatchResult garbage = twoGames("garbage", Duration.ofSeconds(60), "--garbage-at", "1");
    assertEquals(ForfeitKind.UNPARSEABLE_MOVE, forfeitOf(garbage, 1).kind());
    assertTrue(forfeitOf(garbage, 1).detail().startsWith("genmove answered 'Z99'"),
        forfeitOf(garbage, 1).detail());
    assertNull(forfeitOf(garbage, 2), "the same process plays game 2 normally");

    MatchResult illegal = twoGames("illegal", Duration.ofSeconds(60), "--illegal-at", "2");
    Forfeit f = forfeitOf(illegal, 1);
    assertEquals(ForfeitKind.ILLEGAL_MOVE, f.kind());
    assertTrue(f.detail().startsWith("B ") && f.detail().endsWith(" is illegal (occupied)"),
        f.detail());
    assertNull(forfeitOf(illegal, 2));

    MatchResult reject = twoGames("reject", Duration.ofSeconds(60), "--reject-at", "1");
    Forfeit rf = forfeitOf(reject, 1);
    assertEquals(ForfeitKind.REJECTED_LEGAL_MOVE, rf.kind());
    assertEquals(2, rf.ply()); // Black's first move relayed to it
    assertTrue(rf.detail().startsWith("'play w "), rf.detail());
    assertTrue(rf.detail().endsWith("answered '? illegal move'"), rf.detail());

    MatchResult failed = twoGames("fail", Duration.ofSeconds(60), "--fail-genmove-at", "1");
    assertEquals(ForfeitKind.GENMOVE_FAILED, forfeitOf(failed, 1).kind());
    assertEquals("'genmove b' answered '? cannot'", forfeitOf(failed, 1).detail());
  }

  @Test
  void resigningIsNotAForfeit() throws Exception {
    MatchResult r = twoGames("resign", Duration.ofSeconds(60), "--resign-at", "1");
    GameReport g = r.played().get(0);
    assertEquals(Ending.RESIGNATION, g.ending());
    assertEquals("W+R", g.result());
    assertNull(g.forfeit());
  }

  @Test
  void interruptingAMatchKillsTheEngineAndRecordsNothingForTheGameUnderWay() throws Exception {
    java.util.concurrent.CountDownLatch whiteAsked = new java.util.concurrent.CountDownLatch(1);
    Contestant white = new Contestant() {
      @Override
      public String name() {
        return "white";
      }

      @Override
      public Player open(int worker) {
        RandomPlayer random = new RandomPlayer("white", new java.util.Random(1));
        return new InProcessPlayer("white") {
          @Override
          protected PlayerMove choose(dev.tengen.games.Game position) {
            whiteAsked.countDown();
            return random.choose(position);
          }
        };
      }
    };
    GtpContestant hanging = new GtpContestant("hanging", FakeGtpEngine.command("--hang-at", "2"),
        null, Duration.ofSeconds(60), Duration.ofSeconds(60));
    dev.tengen.evaluator.ladder.ResultJournal journal =
        dev.tengen.evaluator.ladder.ResultJournal.open(dir.resolve("j.tsv"));
    Match match = Match.builder(new MatchSettings("cancel", MatchTest.FIVE, 2, 1, false),
        hanging, white).journal(journal).build();
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread runner = new Thread(() -> {
      try {
        match.run();
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    runner.start();
    whiteAsked.await(); // the engine's second genmove (which never answers) comes next
    runner.interrupt();
    runner.join();
    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertEquals(0, journal.size());
  }

  @Test
  void anEngineThatCannotStartForfeitsEveryGame() throws Exception {
    GtpContestant ghost = GtpContestant.of("ghost", dir.resolve("no-such-engine").toString(),
        null);
    MatchResult r = Match.builder(new MatchSettings("ghost", MatchTest.FIVE, 3, 1, true), ghost,
        RandomPlayer.contestant("random", 1)).build().run();
    assertEquals(3, r.played().size());
    assertEquals(3, r.scoreOfA().losses());
    assertEquals(ForfeitKind.CRASH, forfeitOf(r, 1).kind());
    assertEquals(0, forfeitOf(r, 1).ply());
    assertTrue(forfeitOf(r, 1).detail().contains("cannot start"), forfeitOf(r, 1).detail());
  }
}
