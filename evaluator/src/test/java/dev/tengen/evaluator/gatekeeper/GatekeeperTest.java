package dev.tengen.evaluator.gatekeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.Match;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.RandomPlayer;
import dev.tengen.evaluator.match.TestPlayers;
import dev.tengen.games.Rules;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gatekeeper over a real model queue with in-process players instead of networks: models
 * named {@code greedy-*} play the scripted greedy player, {@code random-*} play at random.
 */
class GatekeeperTest {

  private static final GameSettings FIVE = new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @TempDir Path dir;
  private ModelQueue queue;
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final MatchListener listener = new MatchListener() {
    @Override
    public void event(String message) {
      events.add(message);
    }
  };

  @BeforeEach
  void openQueue() {
    queue = ModelQueue.open(dir.resolve("models"));
  }

  @AfterEach
  void closeQueue() {
    queue.close();
  }

  static Contestant player(String modelId, String checkpointPath) {
    if (checkpointPath.contains("missing")) {
      throw new IllegalStateException("no such checkpoint " + checkpointPath);
    }
    return modelId.startsWith("greedy") ? TestPlayers.greedy(modelId, 17)
        : RandomPlayer.contestant(modelId, 19);
  }

  private Gatekeeper gatekeeper(GatingRule rule, ModelContestants models) {
    return new Gatekeeper(queue, models,
        new GatekeeperConfig(rule, FIVE, 2, Duration.ofMillis(10)),
        ResultJournal.open(dir.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE)), null,
        listener, CLOCK);
  }

  private void candidate(String id) {
    queue.append(new ModelEvent.Candidate(CLOCK.instant(), id, "checkpoints/" + id, 100, ""));
  }

  private List<ModelEvent> decisions() {
    return queue.readAll().stream().map(e -> e.value())
        .filter(e -> !(e instanceof ModelEvent.Candidate)).collect(Collectors.toList());
  }

  @Test
  void aStrongCandidateIsPromotedAndAWeakOneRejected() throws Exception {
    queue.ensureInitialBest("random-0", "checkpoints/random-0", CLOCK);
    candidate("greedy-1");
    Gatekeeper keeper = gatekeeper(SprtGate.leelaZero(), GatekeeperTest::player);
    List<ModelEvent> first = keeper.judgePending();
    assertEquals(1, first.size());
    ModelEvent.Promoted p = assertInstanceOf(ModelEvent.Promoted.class, first.get(0));
    assertEquals("greedy-1", p.modelId());
    assertEquals("random-0", p.previousBestId());
    assertEquals("checkpoints/greedy-1", p.checkpointPath());
    assertTrue(p.reason().endsWith("H1 accepted"), p.reason());
    assertTrue(p.score() > 0.6, "score " + p.score());
    assertEquals("greedy-1", queue.latestPromoted().orElseThrow().modelId());

    candidate("random-2");
    List<ModelEvent> second = keeper.judgePending();
    ModelEvent.Rejected r = assertInstanceOf(ModelEvent.Rejected.class, second.get(0));
    assertEquals("random-2", r.modelId());
    assertTrue(r.reason().endsWith("H0 accepted"), r.reason());
    assertEquals("greedy-1", queue.latestPromoted().orElseThrow().modelId());

    // nothing left: a second pass (or a restarted gatekeeper) decides nothing and plays nothing
    ResultJournal journal =
        ResultJournal.open(dir.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE));
    int games = journal.size();
    assertEquals(List.of(), gatekeeper(SprtGate.leelaZero(), GatekeeperTest::player)
        .judgePending());
    assertEquals(games, ResultJournal.open(journal.path()).size());
    assertEquals(3, decisions().size()); // initial best, one promotion, one rejection

    // the ladder rates every model from all the gating games: greedy on top
    List<Rating> ladder = new EloLadder(ResultJournal.open(journal.path()), "random-0", 1)
        .ratings();
    Map<String, Double> elo = ladder.stream().collect(Collectors.toMap(Rating::player,
        Rating::elo));
    assertEquals(0.0, elo.get("random-0"), 0);
    assertTrue(elo.get("greedy-1") > 100, ladder.toString());
    assertTrue(elo.get("random-2") < elo.get("greedy-1") - 100, ladder.toString());
  }

  @Test
  void aRestartResumesTheInterruptedMatchWithoutCountingAGameTwice() throws Exception {
    queue.ensureInitialBest("random-0", "checkpoints/random-0", CLOCK);
    candidate("greedy-1");
    // the gatekeeper was killed after 5 games of its match: they are in the journal
    Path journalFile = dir.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE);
    String matchId = Gatekeeper.matchId("greedy-1", "random-0");
    Match.builder(new MatchSettings(matchId, FIVE, 5, 1, true), player("greedy-1", ""),
        player("random-0", "")).journal(ResultJournal.open(journalFile)).build().run();
    assertEquals(5, ResultJournal.open(journalFile).size());

    List<ModelEvent> decided =
        gatekeeper(SprtGate.leelaZero(), GatekeeperTest::player).judgePending();
    assertInstanceOf(ModelEvent.Promoted.class, decided.get(0));
    assertTrue(events.stream().anyMatch(e -> e.contains("resuming with 5 games already played")),
        events.toString());
    List<RecordedGame> games = ResultJournal.open(journalFile).gamesOf(matchId);
    assertEquals(games.size(), games.stream().map(RecordedGame::gameId).distinct().count());
    for (int n = 1; n <= games.size(); n++) {
      int number = n;
      assertTrue(games.stream().anyMatch(g -> g.gameId().equals(matchId + "/" + number)),
          "game " + n + " of " + games.size());
    }
  }

  @Test
  void aCandidateDecidedElsewhereDuringItsMatchIsNotDecidedTwice() throws Exception {
    queue.ensureInitialBest("random-0", "checkpoints/random-0", CLOCK);
    candidate("greedy-1");
    // another gatekeeper decides greedy-1 while this one is loading and playing
    ModelContestants racing = (id, path) -> {
      if (id.equals("greedy-1")) {
        queue.append(new ModelEvent.Rejected(CLOCK.instant(), "greedy-1", 0.0, "elsewhere"));
      }
      return player(id, path);
    };
    assertEquals(List.of(), gatekeeper(SprtGate.leelaZero(), racing).judgePending());
    assertEquals(2, decisions().size());
    assertTrue(events.stream().anyMatch(e -> e.contains("greedy-1 already decided; skipped")),
        events.toString());
  }

  @Test
  void matchIdsAreSafeDirectoryNames() {
    assertEquals("gate-m2-vs-m1", Gatekeeper.matchId("m2", "m1"));
    assertEquals("gate-run_a_m2-vs-m1", Gatekeeper.matchId("run/a\\m2", "m1"));
  }

  @Test
  void anUnloadableCandidateIsRejectedWithTheReason() throws Exception {
    queue.ensureInitialBest("random-0", "checkpoints/random-0", CLOCK);
    queue.append(new ModelEvent.Candidate(CLOCK.instant(), "greedy-9", "checkpoints/missing", 5,
        "random-0"));
    ModelEvent.Rejected r = assertInstanceOf(ModelEvent.Rejected.class,
        gatekeeper(SprtGate.leelaZero(), GatekeeperTest::player).judgePending().get(0));
    assertTrue(r.reason().startsWith("cannot load checkpoint checkpoints/missing"), r.reason());
    assertTrue(Double.isNaN(r.score()));
  }

  @Test
  void withoutGatingEveryCandidateIsPromotedAndTheFirstBecomesTheInitialBest() throws Exception {
    candidate("random-1");
    candidate("random-2");
    List<ModelEvent> out = gatekeeper(GatingRule.parse("none"), GatekeeperTest::player)
        .judgePending();
    assertEquals(2, out.size());
    assertEquals("initial model", ((ModelEvent.Promoted) out.get(0)).reason());
    ModelEvent.Promoted second = (ModelEvent.Promoted) out.get(1);
    assertEquals("random-2", second.modelId());
    assertEquals("random-1", second.previousBestId());
    assertEquals(0, ResultJournal.open(
        dir.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE)).size());
  }
}
