package dev.tengen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tengen gtp} as a separate process against GNU Go under the shared referee
 * ({@code ../shared/oracle/gtp_match.py}): two 9x9 games must finish with no forfeit (no illegal
 * or unparseable move, no refused legal move, no timeout, no crash). Skipped when the referee,
 * python3 or GNU Go is missing on this machine (CI has all three).
 */
class GnuGoMatchTest {
  private static final Path GNUGO = Path.of("/usr/games/gnugo");

  @Test
  void twoGamesAgainstGnuGoFinishWithoutForfeits(@TempDir Path out) throws Exception {
    Path referee = findReferee();
    assumeTrue(referee != null, "../shared/oracle/gtp_match.py not found beside the repository");
    assumeTrue(Files.isExecutable(GNUGO), "GNU Go not installed at " + GNUGO);
    assumeTrue(onPath("python3"), "python3 not on the PATH");

    String tengen = String.join(" ", tengenCommand());
    List<String> command = List.of("python3", referee.toString(),
        "--black", GNUGO + " --mode gtp --chinese-rules --capture-all-dead --level 0",
        "--white", tengen,
        "--games", "2", "--size", "9", "--komi", "7.5", "--move-timeout", "60",
        "--setup-timeout", "120", "--out", out.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("referee.log").toFile()).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the match did not finish in 10 minutes");
    String log = Files.readString(out.resolve("referee.log"), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), log);

    String summary = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
    assertTrue(summary.contains("\"games\": 2"), summary);
    Matcher forfeits = Pattern.compile("\"forfeits\": \\{}").matcher(summary);
    int clean = 0;
    while (forfeits.find()) {
      clean++;
    }
    assertEquals(2, clean, "both engines must have no forfeits:\n" + summary + "\n" + log);
    List<String> games = Files.readAllLines(out.resolve("games.jsonl"), StandardCharsets.UTF_8);
    assertEquals(2, games.size());
    for (String game : games) {
      assertTrue(game.matches(".*\"reason\": \"(two_passes|resign|move_cap)\".*"), game);
      assertTrue(game.contains("\"Tengen"), game);
    }
  }

  /** A java command line that runs {@code tengen gtp} from this test's class path. */
  private static List<String> tengenCommand() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.startsWith("--add-opens") || argument.startsWith("--add-exports")
          || argument.startsWith("-Dchronicle.")) {
        command.add(argument);
      }
    }
    command.add("-cp");
    command.add(quote(classPath()));
    command.add(Main.class.getName());
    command.addAll(List.of("gtp", "--visits", "16", "--seed", "5"));
    return command;
  }

  /**
   * This JVM's class path, plus the entries of a URL class loader the test runs in (launchers
   * such as JUnit's console load tests that way).
   */
  private static String classPath() {
    List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
      for (java.net.URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (java.net.URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static Path findReferee() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("oracle").resolve("gtp_match.py");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
