package dev.tengen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.Winner;
import dev.tengen.selfplay.queue.ModelEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineRecordsTest {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  static final List<ModelEvent> EVENTS = List.of(
      new ModelEvent.Promoted(T0, "initial", "checkpoints/initial.ckpt", "", Double.NaN, "first"),
      new ModelEvent.Candidate(T0.plusSeconds(1800), "step-000000150",
          "checkpoints/step-000000150.ckpt", 150, "initial"),
      new ModelEvent.Promoted(T0.plusSeconds(1900), "step-000000150",
          "checkpoints/step-000000150.ckpt", "initial", 0.8, "won"),
      new ModelEvent.Candidate(T0.plusSeconds(3600), "step-000000300",
          "checkpoints/step-000000300.ckpt", 300, "step-000000150"));

  private static final List<RecordedGame> GAMES = new ArrayList<>();

  private static void game(String black, String white, Winner winner, String result) {
    GAMES.add(new RecordedGame("g" + GAMES.size(), "m", black, white, winner, result,
        "two_passes"));
  }

  private static void game(String black, String white, Winner winner) {
    game(black, white, winner, winner == Winner.DRAW ? "0" : winner.code() + "+1");
  }

  static {
    game("step-000000300", "gnugo-l0", Winner.BLACK, "B+4.5"); // model wins as Black
    game("gnugo-l0", "step-000000300", Winner.BLACK, "B+2.5"); // model loses as White
    game("gnugo-l0", "step-000000300", Winner.DRAW);
    game("initial", "gnugo-l0", Winner.WHITE);
    game("gnugo-l1", "initial", Winner.BLACK, "B+R");
    game("step-000000150", "initial", Winner.BLACK); // two models: the ladder's, not here
    game("gnugo-l0", "gnugo-l1", Winner.WHITE); // two engines: not here
    game("step-000000999", "gnugo-l0", Winner.BLACK); // an id the events never name is no model
  }

  @Test
  void eachModelsRecordAgainstEachEngineFromTheModelsSide() {
    EngineRecords records = EngineRecords.of(EVENTS, GAMES);
    assertEquals(T0, records.start());
    assertEquals(List.of(
        new EngineRecords.Row("initial", 0, T0, "gnugo-l0", 0, 1, 0, 1, -1),
        new EngineRecords.Row("initial", 0, T0, "gnugo-l1", 0, 1, 0, 0, 0),
        new EngineRecords.Row("step-000000300", 300, T0.plusSeconds(3600), "gnugo-l0", 1, 1, 1,
            3, 4.5 - 2.5 + 0)),
        records.rows());
    assertEquals(2.0 / 3, records.rows().get(2).meanMargin(), 1e-12);
    assertEquals(Double.NaN, records.rows().get(1).meanMargin(), "a resignation has no margin");
    assertEquals(List.of("gnugo-l0", "gnugo-l1"), records.engines());
    EngineRecords.Row last = records.rows().get(2);
    assertEquals(0.5, last.score());
    assertEquals(1.0, last.hoursAfter(T0));
    assertEquals(0.0, records.rows().get(0).hoursAfter(T0));
  }

  @Test
  void marginsAreReadFromResultsScoredOnTheBoard() {
    assertEquals(3.5, EngineRecords.boardMargin("B+3.5"));
    assertEquals(12.0, EngineRecords.boardMargin("W+12"));
    assertEquals(0.0, EngineRecords.boardMargin("0"));
    for (String noMargin : List.of("W+R", "B+T", "B+F", "B+", "?")) {
      assertEquals(Double.NaN, EngineRecords.boardMargin(noMargin), noMargin);
    }
  }

  @Test
  void theScoreIntervalIsWilsonsAsGtpMatchReportsIt() {
    EngineRecords.Row shutout =
        new EngineRecords.Row("m", 1, T0, "gnugo-l1", 0, 20, 0, 20, -600);
    assertEquals(0.0, shutout.score());
    assertEquals(0.0, shutout.ci95().low());
    // 1.96^2 / (20 + 1.96^2) = 3.8415 / 23.8415
    assertEquals(0.16113, shutout.ci95().high(), 1e-5);
    assertEquals(Double.NaN, new EngineRecords.Row("m", 1, T0, "e", 0, 0, 0, 0, 0).score());
    assertEquals(-30.0, shutout.meanMargin());
  }

  @Test
  void noEnginesNoRows() {
    assertEquals(List.of(), EngineRecords.of(EVENTS, GAMES.subList(5, 6)).rows());
    assertEquals(null, EngineRecords.of(List.of(), List.of()).start());
  }
}
