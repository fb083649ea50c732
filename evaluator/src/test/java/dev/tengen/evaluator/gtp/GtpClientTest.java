package dev.tengen.evaluator.gtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GtpClientTest {

  private static final Duration LONG = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void parsesSingleAndMultiLineRepliesAndFailures() throws Exception {
    try (GtpClient c = GtpClient.start("fake", FakeGtpEngine.command(), null)) {
      assertEquals("2", c.send("protocol_version", LONG));
      assertEquals("FakeGtpEngine", c.send("name", LONG));
      String commands = c.send("list_commands", LONG);
      assertEquals(10, commands.split("\n").length);
      assertTrue(commands.startsWith("protocol_version\nname\n"));
      assertEquals("", c.send("boardsize 5", LONG));
      GtpFailureException f =
          assertThrows(GtpFailureException.class, () -> c.send("frobnicate", LONG));
      assertEquals("unknown command", f.getMessage());
      assertEquals("frobnicate", f.command());
      assertTrue(c.isAlive(), "a '?' reply leaves the engine usable");
      assertEquals("", c.send("play b C3", LONG));
      assertThrows(GtpFailureException.class, () -> c.send("play w C3", LONG));
    }
  }

  @Test
  void skipsNoiseLinesRepliesWithoutIdsAndStaleReplies() throws Exception {
    Path log = dir.resolve("noisy.stderr");
    try (GtpClient c =
        GtpClient.start("noisy", FakeGtpEngine.command("--noise", "--stale-reply"), log)) {
      assertEquals("FakeGtpEngine", c.send("name", LONG));
      assertEquals("1", c.send("version", LONG));
    }
    String logged = Files.readString(log);
    assertTrue(logged.contains("[stdout noise] debug: thinking about name"), logged);
    assertTrue(logged.contains("[stale reply to command 999] stale"), logged);
    try (GtpClient c = GtpClient.start("no-ids", FakeGtpEngine.command("--no-ids"), null)) {
      assertEquals("FakeGtpEngine", c.send("name", LONG));
    }
  }

  @Test
  void crashIsDetectedWithTheExitCode() throws Exception {
    try (GtpClient c = GtpClient.start("crashy", FakeGtpEngine.command("--crash-at", "1"), null)) {
      c.send("boardsize 5", LONG);
      GtpCrashException e = assertThrows(GtpCrashException.class, () -> c.send("genmove b", LONG));
      assertTrue(e.getMessage().contains("exit code 3"), e.getMessage());
      assertFalse(c.isAlive());
      assertThrows(GtpCrashException.class, () -> c.send("name", LONG));
    }
  }

  @Test
  void hangTimesOutAndKillsTheProcess() throws Exception {
    GtpClient c = GtpClient.start("hangs", FakeGtpEngine.command("--hang-at", "1"), null);
    c.send("boardsize 5", LONG);
    GtpTimeoutException e =
        assertThrows(GtpTimeoutException.class, () -> c.send("genmove b", Duration.ofMillis(500)));
    assertTrue(e.getMessage().contains("no reply to 'genmove b' within 500 ms"), e.getMessage());
    assertFalse(c.isAlive());
    c.close();
  }

  @Test
  void unstartableProgramIsACrash() {
    GtpCrashException e =
        assertThrows(
            GtpCrashException.class,
            () -> GtpClient.start("ghost", List.of(dir.resolve("no-such-engine").toString()), null));
    assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
  }

  @Test
  void stderrFloodIsDrainedToTheLogSoTheEngineNeverBlocks() throws Exception {
    Path log = dir.resolve("flood.stderr");
    // 4 genmoves x 256 KiB of stderr: far beyond a pipe buffer (64 KiB) if nobody read it.
    try (GtpClient c =
        GtpClient.start("flood", FakeGtpEngine.command("--stderr-flood", "256"), log)) {
      c.send("boardsize 9", LONG);
      for (int i = 0; i < 4; i++) {
        String move = c.send("genmove " + (i % 2 == 0 ? "b" : "w"), LONG);
        assertFalse(move.isEmpty());
      }
    }
    assertTrue(Files.size(log) >= 4L * 256 * 1024, "stderr drained to the log: " + Files.size(log));
  }

  @Test
  void engineRestartsAfterACrash() throws Exception {
    try (GtpEngine engine = new GtpEngine("crashy", FakeGtpEngine.command("--crash-at", "1"), null)) {
      engine.send("boardsize 5", LONG);
      assertThrows(GtpCrashException.class, () -> engine.send("genmove b", LONG));
      assertEquals(1, engine.starts());
      assertEquals("FakeGtpEngine", engine.send("name", LONG));
      assertEquals(2, engine.starts());
    }
  }

  @Test
  void closeQuitsCleanly() throws Exception {
    GtpClient c = GtpClient.start("fake", FakeGtpEngine.command(), null);
    c.send("name", LONG);
    long pid = c.pid();
    c.close();
    assertFalse(c.isAlive());
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    c.close(); // idempotent
  }

  @Test
  void commandLineSplitsLikeAShell() {
    assertEquals(List.of("a", "b c", "d'e", "f\"g", "h i"),
        CommandLine.split("a 'b c' \"d'e\" f\\\"g  h\\ i"));
    assertThrows(IllegalArgumentException.class, () -> CommandLine.split("a 'b"));
    assertThrows(IllegalArgumentException.class, () -> CommandLine.split("   "));
  }
}
