package dev.tengen.evaluator.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EloLadderTest {

  @TempDir Path dir;

  private static RecordedGame game(String id, String black, String white, Winner w) {
    return new RecordedGame(id, "m1", black, white, w, w == Winner.BLACK ? "B+R" : "W+R", "resign");
  }

  @Test
  void addingIsIdempotentAcrossRestarts() {
    EloLadder ladder = EloLadder.open(dir);
    assertTrue(ladder.add(game("m1/1", "model-1", "gnugo-l1", Winner.BLACK)));
    assertTrue(ladder.add(game("m1/2", "gnugo-l1", "model-1", Winner.BLACK)));
    assertFalse(ladder.add(game("m1/1", "model-1", "gnugo-l1", Winner.BLACK)));
    assertFalse(ladder.add(game("m1/1", "model-1", "gnugo-l1", Winner.WHITE)),
        "a known id is ignored even with another result");
    assertEquals(2, ladder.journal().size());
    List<Rating> before = ladder.ratings();

    EloLadder reopened = EloLadder.open(dir); // a restarted gatekeeper replays the same games
    assertFalse(reopened.add(game("m1/1", "model-1", "gnugo-l1", Winner.BLACK)));
    assertFalse(reopened.add(game("m1/2", "gnugo-l1", "model-1", Winner.BLACK)));
    assertEquals(2, reopened.journal().size());
    assertEquals(before, reopened.ratings());
    assertEquals(2, reopened.journal().gamesOf("m1").size());
  }

  @Test
  void ratingsAreAnchoredOnTheFirstPlayerAndOrdered() {
    EloLadder ladder = EloLadder.open(dir);
    List<RecordedGame> g = new ArrayList<>();
    BradleyTerryTest.games(g, "model-1", "model-2", 1, 3);
    g.forEach(ladder::add);
    List<Rating> r = ladder.ratings();
    assertEquals("model-1", r.get(0).player());
    assertEquals(0.0, r.get(0).elo(), 0);
    // with the default prior (1 virtual draw): model-2 scores 3.5 of 5 -> 10^(-r/400) = 1.5/3.5
    // r = 400 log10(3.5/1.5) = 147.190714
    assertEquals(147.19071411783779, r.get(1).elo(), 1e-7);
    String table = ladder.table();
    assertTrue(table.indexOf("model-2") < table.indexOf("model-1"), table);
  }

  @Test
  void aTornLastLineIsCutAndEarlierLinesSurvive() throws Exception {
    ResultJournal j = ResultJournal.open(dir.resolve("j.tsv"));
    j.add(game("m1/1", "a", "b", Winner.BLACK));
    Files.writeString(dir.resolve("j.tsv"), "m1/2\tm1\ta\tb\tW\tW+", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND); // kill -9 in the middle of a write
    ResultJournal again = ResultJournal.open(dir.resolve("j.tsv"));
    assertEquals(1, again.size());
    assertTrue(again.add(game("m1/2", "b", "a", Winner.WHITE)));
    assertEquals(2, ResultJournal.open(dir.resolve("j.tsv")).size());
    assertEquals(2, Files.readAllLines(dir.resolve("j.tsv")).size());
  }

  @Test
  void aCorruptCompleteLineIsReportedWithItsNumber() throws Exception {
    Files.writeString(dir.resolve("bad.tsv"), "m/1\tm\ta\tb\tB\tB+R\tresign\nnonsense\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResultJournal.open(dir.resolve("bad.tsv")));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
  }

  @Test
  void recordedGamesRejectBadFields() {
    assertThrows(IllegalArgumentException.class, () -> game("m1/1", "a", "a", Winner.BLACK));
    assertThrows(IllegalArgumentException.class, () -> game("m1\t1", "a", "b", Winner.BLACK));
    assertEquals("x y", new RecordedGame("g", "m", "a", "b", Winner.DRAW, "0", "x\ty").reason());
  }
}
