package dev.tengen.evaluator.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.gating.Verdict;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTest {

  static final GameSettings FIVE = new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75);

  @TempDir Path dir;

  @Test
  void greedyBeatsRandomAndColoursAlternate() throws Exception {
    // one worker: the games are a deterministic function of the seeds.  Greedy scores about 85%
    // against random on 5x5 (measured over 100 games: 85/15).
    MatchSettings s = new MatchSettings("greedy-random", FIVE, 20, 1, true);
    MatchResult r = Match.builder(s, GreedyPlayer.contestant("greedy", 7),
        RandomPlayer.contestant("random", 11)).build().run();
    assertEquals(20, r.scoreOfA().games());
    assertTrue(r.scoreOfA().wins() >= 14, r.summary());
    for (int i = 0; i < 20; i++) {
      GameReport g = r.played().get(i);
      assertEquals(i % 2 == 0 ? "greedy" : "random", g.blackName(), "game " + (i + 1));
      assertNull(g.forfeit());
    }
    assertNull(r.scoreAtStop());
    int[] c = r.colourRecordOfA();
    assertEquals(10, c[0] + c[1] + c[2]); // Black in games 1, 3, ..., 19
    assertEquals(10, c[3] + c[4] + c[5]);
    assertEquals(r.scoreOfA().wins(), c[0] + c[3]);
    assertTrue(r.secondsPerMove("greedy") >= 0, "timed: " + r.secondsPerMove("greedy"));
    assertTrue(r.summary().contains("A as Black W/L/D " + c[0] + "/" + c[1] + "/" + c[2]),
        r.summary());
  }

  @Test
  void parallelGamesAreEachJournaledOnceAndKeptAsSgfThatReplays() throws Exception {
    ResultJournal journal = ResultJournal.open(dir.resolve("ladder.tsv"));
    SgfArchive archive = new SgfArchive(dir.resolve("sgf"));
    List<MatchProgress> progress = new ArrayList<>();
    MatchSettings s = new MatchSettings("par", FIVE, 9, 3, true);
    MatchResult r = Match.builder(s, GreedyPlayer.contestant("greedy", 1),
            RandomPlayer.contestant("random", 2))
        .journal(journal).sgf(archive)
        .listener(new MatchListener() {
          @Override
          public void gameFinished(MatchProgress p) {
            progress.add(p);
          }
        })
        .build().run();
    assertEquals(9, r.scoreOfA().games());
    assertEquals(9, journal.size());
    assertEquals(9, progress.size());
    assertEquals(9, progress.get(8).gamesDone());
    Set<Integer> numbers = new HashSet<>();
    progress.forEach(p -> numbers.add(p.gameNumber()));
    assertEquals(9, numbers.size());
    for (RecordedGame g : journal.games()) {
      int n = Integer.parseInt(g.gameId().substring("par/".length()));
      assertEquals(n % 2 == 1 ? "greedy" : "random", g.black(), g.gameId());
    }
    for (int n = 1; n <= 9; n++) {
      Path file = archive.fileOf("par", n);
      SgfGame sgf = SgfReader.read(Files.readString(file));
      GameReport report = r.played().get(n - 1);
      assertEquals(report.result(), sgf.result());
      assertEquals(report.moves().size(), sgf.moves().size());
      Game replay = sgf.toGame();
      assertEquals(report.areaScore(), replay.areaScore(), 0, file.toString());
      assertTrue(sgf.rootComment().contains("match par, game par/" + n), sgf.rootComment());
    }
  }

  @Test
  void aRestartedMatchResumesFromTheJournalWithoutReplayingOrRecounting() throws Exception {
    Path file = dir.resolve("ladder.tsv");
    MatchSettings four = new MatchSettings("resume", FIVE, 4, 2, true);
    MatchResult first = Match.builder(four, GreedyPlayer.contestant("greedy", 3),
        RandomPlayer.contestant("random", 4)).journal(ResultJournal.open(file)).build().run();
    assertEquals(4, first.played().size());

    MatchSettings eight = new MatchSettings("resume", FIVE, 8, 2, true);
    ResultJournal reopened = ResultJournal.open(file); // as after kill -9 and restart
    MatchResult second = Match.builder(eight, GreedyPlayer.contestant("greedy", 3),
        RandomPlayer.contestant("random", 4)).journal(reopened).build().run();
    assertEquals(4, second.resumedGames());
    assertEquals(4, second.played().size());
    assertEquals(8, second.scoreOfA().games());
    assertEquals(first.scoreOfA().wins(),
        second.games().subList(0, 4).stream().filter(g -> "greedy".equals(g.winnerName())).count());
    assertEquals(8, ResultJournal.open(file).size());

    MatchResult third = Match.builder(eight, GreedyPlayer.contestant("greedy", 3),
        RandomPlayer.contestant("random", 4)).journal(ResultJournal.open(file)).build().run();
    assertEquals(0, third.played().size());
    assertEquals(second.scoreOfA(), third.scoreOfA());
  }

  @Test
  void anSprtStopRuleEndsTheMatchOnceDecided() throws Exception {
    SprtGate gate = SprtGate.leelaZero();
    MatchSettings s = new MatchSettings("sprt", FIVE, 400, 1, true);
    MatchResult strong = Match.builder(s, GreedyPlayer.contestant("greedy", 5),
        RandomPlayer.contestant("random", 6)).stopRule(StopRule.of(gate)).build().run();
    // at least 31 games (31 straight wins is the fastest way to accept H1), far fewer than 400
    assertTrue(strong.scoreOfA().games() >= 31 && strong.scoreOfA().games() < 100,
        strong.summary());
    assertEquals(Verdict.PROMOTE, gate.evaluate(strong.scoreAtStop()).verdict());

    MatchResult weak = Match.builder(new MatchSettings("sprt-rev", FIVE, 400, 1, true),
        RandomPlayer.contestant("random", 6), GreedyPlayer.contestant("greedy", 5))
        .stopRule(StopRule.of(gate)).build().run();
    assertTrue(weak.scoreOfA().games() >= 28 && weak.scoreOfA().games() < 100, weak.summary());
    assertEquals(Verdict.REJECT, gate.evaluate(weak.scoreAtStop()).verdict());
  }
}
