package dev.tengen.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.mcts.SearchParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One config file per run: written on the first start, read on resume. */
class RunDirectoryTest {

  @Test
  void firstStartWritesTheConfigAndResumeReadsIt(@TempDir Path root) throws Exception {
    RunDirectory run = RunDirectory.of(root, "r1");
    assertFalse(run.exists());
    TengenConfig first = run.openConfig(null, List.of("search.full-visits=321"));
    assertTrue(run.exists());
    for (Path sub : List.of(run.games(), run.models(), run.checkpoints(), run.metrics(), run.sgf())) {
      assertTrue(Files.isDirectory(sub), sub.toString());
    }
    assertTrue(Files.readString(run.configFile()).contains("full-visits=321"));
    TengenConfig resumed = run.openConfig(null, List.of());
    assertEquals(321, resumed.bind("search", SearchParams.class).fullVisits());
    assertEquals(first.bind("search", SearchParams.class), resumed.bind("search", SearchParams.class));
    TengenConfig overridden = run.openConfig(null, List.of("search.full-visits=500"));
    assertEquals(500, overridden.bind("search", SearchParams.class).fullVisits());
    assertEquals(321, run.openConfig(null, List.of()).bind("search", SearchParams.class).fullVisits(),
        "an override on resume is for that invocation only");
  }

  @Test
  void identityKeysCannotChangeOnResume(@TempDir Path root) {
    RunDirectory run = RunDirectory.of(root, "r2");
    run.openConfig(null, List.of());
    ConfigError error = assertThrows(ConfigError.class,
        () -> run.openConfig(null, List.of("game.board-size=19")));
    assertTrue(error.getMessage().startsWith("--set cannot change tengen.game of an existing run"),
        error.getMessage());
  }

  @Test
  void aConfigFileIsOnlyForANewRun(@TempDir Path root) throws Exception {
    Path file = root.resolve("start.conf");
    Files.writeString(file, "tengen.game.komi = 6.5\n");
    RunDirectory run = RunDirectory.of(root, "r3");
    assertEquals(6.5, run.openConfig(file, List.of()).bind("game", GameConfig.class).komi());
    ConfigError error = assertThrows(ConfigError.class, () -> run.openConfig(file, List.of()));
    assertTrue(error.getMessage().contains("already exists with its own config"), error.getMessage());
  }

  @Test
  void badRunNamesAreRefused(@TempDir Path root) {
    assertThrows(ConfigError.class, () -> RunDirectory.of(root, "../escape"));
    assertThrows(ConfigError.class, () -> RunDirectory.of(root, ""));
  }
}
