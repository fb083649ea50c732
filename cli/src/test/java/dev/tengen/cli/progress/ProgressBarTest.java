package dev.tengen.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tengen.evaluator.match.GameReport;
import dev.tengen.evaluator.match.MatchProgress;
import dev.tengen.evaluator.stats.MatchScore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong();

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndEndedByALineBreak() {
    ProgressBar bar = new ProgressBar("export", 4, out, true, Duration.ofSeconds(10), nanos::get);
    bar.update(1, "games");
    bar.update(3, "games");
    bar.finish();
    bar.update(4, "ignored after finish");
    assertEquals("\rexport [#####---------------] 1/4  25% games"
        + "\rexport [###############-----] 3/4  75% games"
        + "\rexport [###############-----] 3/4  75% games\n", output());
  }

  @Test
  void inALogTheFirstStateThenOneLinePerIntervalThenTheLastArePrinted() {
    ProgressBar bar = new ProgressBar("match", 10, out, false, Duration.ofSeconds(10), nanos::get);
    bar.update(1, "W/L 1/0");           // first: printed
    nanos.set(5_000_000_000L);
    bar.update(2, "W/L 2/0");           // 5 s later: not yet
    nanos.set(10_000_000_000L);
    bar.update(3, "W/L 2/1");           // 10 s after the last line: printed
    nanos.set(11_000_000_000L);
    bar.update(12, "W/L 3/1");          // clamped to the total; 1 s later: not yet
    bar.finish();                       // the last state
    bar.finish();                       // idempotent
    assertEquals("match: 1/10 (10%) W/L 1/0\n"
        + "match: 3/10 (30%) W/L 2/1\n"
        + "match: 10/10 (100%) W/L 3/1\n", output());
  }

  @Test
  void finishingRightAfterAPrintedLineDoesNotRepeatIt() {
    ProgressBar bar = new ProgressBar("export", 2, out, false, Duration.ZERO, nanos::get);
    bar.update(2, "");
    bar.finish();
    assertEquals("export: 2/2 (100%)\n", output());
  }

  @Test
  void badArgumentsAreRefusedWithTheirName() {
    assertEquals("progress bar 'x': total 0 < 1", assertThrows(IllegalArgumentException.class,
        () -> new ProgressBar("x", 0, out, false, Duration.ZERO, nanos::get)).getMessage());
  }

  @Test
  void matchesShowAsOneBarEachEndedByTheEvaluatorsEvents() {
    MatchProgressLog log = new MatchProgressLog("evaluator", out, false, Duration.ofHours(1));
    log.event("gatekeeper: step-2 vs best initial");
    log.gameFinished(progress("gate-a", 1, new MatchScore(1, 0, 0), 4));
    log.gameFinished(progress("gate-a", 2, new MatchScore(1, 1, 0), 4));
    log.event("gatekeeper: PROMOTED step-2");
    log.gameFinished(progress("gate-b", 1, new MatchScore(0, 1, 0), 4));
    log.gameFinished(progress("gate-c", 1, new MatchScore(1, 0, 0), 4));
    assertEquals("evaluator: gatekeeper: step-2 vs best initial\n"
        + "evaluator gate-a: 1/4 (25%) W/L/D 1/0/0\n"
        + "evaluator gate-a: 2/4 (50%) W/L/D 1/1/0\n"
        + "evaluator: gatekeeper: PROMOTED step-2\n"
        + "evaluator gate-b: 1/4 (25%) W/L/D 0/1/0\n"
        + "evaluator gate-c: 1/4 (25%) W/L/D 1/0/0\n", output());
  }

  private static MatchProgress progress(String match, int done, MatchScore score, int max) {
    return new MatchProgress(match, done, (GameReport) null, score, done, max);
  }
}
