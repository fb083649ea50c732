package dev.tengen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli launcher: help, exit codes, and the gtp subcommand through the real streams. */
class LauncherTest {
  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String input, String... args) {
    LauncherRun r = LauncherRun.withInput(input, args);
    return new Outcome(r.code(), r.out(), r.err());
  }

  @Test
  void everySubcommandHasHelp() {
    Outcome top = run("", "--help");
    assertEquals(0, top.code());
    for (String sub : List.of("run", "selfplay", "train", "evaluate", "play", "gtp", "export", "report")) {
      assertTrue(top.out().contains("  " + sub + " "), sub + " missing from tengen --help:\n" + top.out());
      Outcome help = run("", sub, "--help");
      assertEquals(0, help.code(), sub);
      assertTrue(help.out().startsWith("Usage: tengen " + sub), help.out());
    }
    assertTrue(run("", "gtp", "--help").out().contains("--model=PATH"));
    assertTrue(run("", "play", "--help").out().contains("--handicap=N"));
  }

  @Test
  void noSubcommandOrAnUnknownFlagIsAUsageError() {
    Outcome none = run("");
    assertEquals(ExitCodes.USAGE, none.code());
    assertTrue(none.err().contains("missing subcommand"), none.err());
    Outcome unknown = run("", "gtp", "--frobnicate");
    assertEquals(ExitCodes.USAGE, unknown.code());
    assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
  }

  @Test
  void configurationErrorsNameTheKeyAndExitWithTwo() {
    Outcome bad = run("", "gtp", "--set", "search.cpuct=2");
    assertEquals(ExitCodes.USAGE, bad.code());
    assertEquals("tengen: configuration error: unknown config key tengen.search.cpuct "
        + "(--set search.cpuct=2); did you mean tengen.search.c-puct?\n", bad.err());
    Outcome range = run("", "gtp", "--visits", "0");
    assertEquals(ExitCodes.USAGE, range.code());
    assertTrue(range.err().startsWith("tengen: configuration error: tengen.match.search.full-visits = 0"
        + " (--set match.search.full-visits=0): fullVisits must be at least 1, got 0"), range.err());
  }

  @Test
  void reportOfAMissingRunIsAnError(@TempDir Path runs) {
    Outcome report = run("", "report", "--runs-root", runs.toString(), "--run", "nothing");
    assertEquals(ExitCodes.USAGE, report.code());
    assertEquals("tengen: configuration error: no run at " + runs.resolve("nothing")
        + " (its config file is missing)\n", report.err());
    assertEquals("", report.out());
  }

  @Test
  void exportOfAMissingRunIsAnError(@TempDir Path runs) {
    Outcome export = run("", "export", "--runs-root", runs.toString(), "--run", "nothing");
    assertEquals(ExitCodes.USAGE, export.code());
    assertTrue(export.err().contains("no run at " + runs.resolve("nothing")), export.err());
  }

  @Test
  void gtpServesTheProtocolOnStdoutAndDiagnosticsOnStderr() {
    Outcome gtp = run("1 name\n2 boardsize 5\n3 genmove b\n4 quit\n", "gtp", "--visits", "8", "--seed", "3");
    assertEquals(0, gtp.code(), gtp.err());
    String[] responses = gtp.out().split("\n\n");
    assertEquals("=1 Tengen", responses[0]);
    assertEquals("=2", responses[1]);
    assertTrue(responses[2].matches("=3 ([A-E][1-5]|pass)"), responses[2]);
    assertEquals("=4", responses[3]);
    assertTrue(gtp.err().contains("uniform policy"), gtp.err());
  }

  @Test
  void playRunsInTheTerminal() {
    Outcome play = run("pass\nquit\n", "play", "--size", "5", "--visits", "8", "--color", "white");
    assertEquals(0, play.code(), play.err());
    assertTrue(play.out().contains("Tengen: you play White (O) on 5x5, komi 7.5."), play.out());
    assertTrue(play.out().contains("Tengen (Black (X)) plays "), play.out());
    Outcome badColour = run("", "play", "--color", "green");
    assertEquals(ExitCodes.USAGE, badColour.code());
    assertTrue(badColour.err().contains("--color must be black or white, not green"), badColour.err());
  }
}
