package dev.tengen.cli.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The clock policy: exact budgets for each time system. */
class TimeManagerTest {
  private final TimeManager manager = new TimeManager(Duration.ofMillis(500));

  @Test
  void noClockMeansVisitsOnly() {
    assertEquals(Duration.ZERO, manager.budget(TimeControl.NONE, new Clock(0, 0), 9, 0));
    assertEquals(TimeControl.NONE, TimeControl.fromGtp(600, 30, 0), "byo-yomi without stones: no limit");
  }

  @Test
  void mainTimeIsSpreadOverTheExpectedRemainingMoves() {
    TimeControl absolute = TimeControl.fromGtp(300, 0, 0);
    assertEquals(TimeControl.Kind.ABSOLUTE, absolute.kind());
    // 9x9 at move 0: max(8, 0.35 * 81) = 28.35 own moves left; 300 / 28.35 - 0.5 s.
    assertEquals(Duration.ofNanos((long) ((300 / 28.35 - 0.5) * 1e9)),
        manager.budget(absolute, new Clock(300, 0), 9, 0));
    // Late in the game at least 8 moves are assumed to remain.
    assertEquals(Duration.ofNanos((long) ((40 / 8.0 - 0.5) * 1e9)),
        manager.budget(absolute, new Clock(40, 0), 9, 80));
    // Almost no time left: the minimum.
    assertEquals(TimeManager.MINIMUM, manager.budget(absolute, new Clock(1, 0), 9, 10));
  }

  @Test
  void byoYomiBudgetsKeepAReserve() {
    TimeControl canadian = TimeControl.fromGtp(0, 60, 10);
    assertEquals(Duration.ofNanos((long) ((30.0 / 5 * 0.8 - 0.5) * 1e9)),
        manager.budget(canadian, new Clock(30, 5), 9, 40));
    TimeControl japanese = new TimeControl(TimeControl.Kind.JAPANESE, 0, 10, 0, 3);
    assertEquals(Duration.ofNanos((long) ((10 * 0.8 - 0.5) * 1e9)),
        manager.budget(japanese, new Clock(10, 3), 9, 40));
    // In main time with byo-yomi to come, at least one byo-yomi move's time may be used.
    assertEquals(Duration.ofNanos((long) ((60.0 / 10 * 0.8 - 0.5) * 1e9)),
        manager.budget(TimeControl.fromGtp(10, 60, 10), new Clock(10, 0), 9, 0));
  }

  @Test
  void theClockRunsDownWhenTheControllerDoesNotReportIt() {
    TimeControl canadian = TimeControl.fromGtp(10, 60, 2);
    Clock clock = Clock.start(canadian);
    assertEquals(new Clock(7, 0), clock.afterMove(3, canadian));
    assertEquals(new Clock(60, 2), new Clock(7, 0).afterMove(8, canadian));
    assertEquals(new Clock(50, 1), new Clock(60, 2).afterMove(10, canadian));
    assertEquals(new Clock(60, 2), new Clock(50, 1).afterMove(10, canadian), "a new period starts");
    assertEquals(new Clock(0, 0), new Clock(2, 0).afterMove(5, TimeControl.fromGtp(30, 0, 0)));
  }
}
