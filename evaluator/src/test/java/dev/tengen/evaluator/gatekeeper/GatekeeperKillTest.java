package dev.tengen.evaluator.gatekeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a gatekeeper process in the middle of a gating match, then a restart: the match
 * resumes, the candidate is decided exactly once, no game id is journaled twice and the game
 * numbers have no gap.
 */
class GatekeeperKillTest {

  @TempDir Path run;

  @Test
  void killDashNineMidMatchThenRestartDecidesOnceAndCountsEachGameOnce() throws Exception {
    try (ModelQueue queue = ModelQueue.open(run.resolve("models"))) {
      queue.ensureInitialBest("random-0", "checkpoints/random-0", Clock.systemUTC());
      queue.append(new ModelEvent.Candidate(Clock.systemUTC().instant(), "greedy-1",
          "checkpoints/greedy-1", 1, "random-0"));
    }
    Path journal = run.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE);

    // 1. a slow gatekeeper (30 ms a move): killed with SIGKILL once 4 games are journaled
    Process first = new ProcessBuilder(GatekeeperChild.command(run, 30))
        .redirectErrorStream(true).redirectOutput(run.resolve("first.log").toFile()).start();
    while (lines(journal) < 4) {
      assertTrue(first.isAlive(), "the gatekeeper died on its own: "
          + Files.readString(run.resolve("first.log")));
      Thread.sleep(20);
    }
    first.destroyForcibly(); // SIGKILL on Linux
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    int before = ResultJournal.open(journal).size();
    assertTrue(before >= 4 && before < 31, "killed mid-match after " + before + " games");
    assertEquals(0, decisionsOf("greedy-1").size(), "nothing decided before the kill");

    // 2. restart: resumes the match and decides
    Process second = new ProcessBuilder(GatekeeperChild.command(run, 0))
        .redirectErrorStream(true).redirectOutput(run.resolve("second.log").toFile()).start();
    assertTrue(second.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, second.exitValue(), Files.readString(run.resolve("second.log")));
    assertTrue(Files.readString(run.resolve("second.log")).contains("decided 1"));
    List<ModelEvent> decided = decisionsOf("greedy-1");
    assertEquals(1, decided.size());
    assertTrue(decided.get(0) instanceof ModelEvent.Promoted, decided.toString());

    List<RecordedGame> games = ResultJournal.open(journal).games();
    assertTrue(games.size() > before);
    List<String> ids = games.stream().map(RecordedGame::gameId).collect(Collectors.toList());
    assertEquals(ids.size(), ids.stream().distinct().count(), "no game id twice: " + ids);
    String match = Gatekeeper.matchId("greedy-1", "random-0");
    for (int n = 1; n <= games.size(); n++) {
      assertTrue(ids.contains(match + "/" + n), "game " + n + " missing from " + ids);
    }
    assertEquals(games.size(), lines(journal), "the file holds each game once");

    // 3. a third run finds nothing to do
    Process third = new ProcessBuilder(GatekeeperChild.command(run, 0))
        .redirectErrorStream(true).redirectOutput(run.resolve("third.log").toFile()).start();
    assertTrue(third.waitFor(120, TimeUnit.SECONDS));
    assertTrue(Files.readString(run.resolve("third.log")).contains("decided 0"),
        Files.readString(run.resolve("third.log")));
    assertEquals(1, decisionsOf("greedy-1").size());
    assertFalse(ResultJournal.open(journal).size() != games.size());
  }

  private static long lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    return Files.readString(file).chars().filter(c -> c == '\n').count();
  }

  private List<ModelEvent> decisionsOf(String modelId) {
    try (ModelQueue queue = ModelQueue.open(run.resolve("models"))) {
      return queue.readAll().stream().map(e -> e.value())
          .filter(e -> e.modelId().equals(modelId) && !(e instanceof ModelEvent.Candidate))
          .collect(Collectors.toList());
    }
  }
}
