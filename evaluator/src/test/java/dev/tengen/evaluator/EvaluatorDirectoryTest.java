package dev.tengen.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.RandomPlayer;
import dev.tengen.evaluator.match.StopRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorDirectoryTest {

  @TempDir Path dir;

  @Test
  void matchesPlayedHereFeedTheLadderAndTheSgfArchive() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
    String id = EvaluatorDirectory.newMatchId("r1", "r2", clock);
    assertEquals("r1-vs-r2-20260304-050607", id);
    EvaluatorDirectory home = EvaluatorDirectory.open(dir);
    MatchResult r = home.play(new MatchSettings(id, GameSettings.of(5, 0.5), 4, 2, true),
        RandomPlayer.contestant("r1", 1), RandomPlayer.contestant("r2", 2), StopRule.NEVER,
        MatchListener.NONE);
    assertEquals(4, r.played().size());
    EvaluatorDirectory reopened = EvaluatorDirectory.open(dir);
    assertEquals(4, reopened.journal().size());
    assertEquals(2, reopened.ladder().ratings().size());
    assertTrue(Files.exists(dir.resolve("sgf").resolve(id).resolve("game-0004.sgf")));
    assertTrue(Files.exists(dir.resolve("ladder-games.tsv")));
  }
}
