package dev.tengen.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import dev.tengen.games.Rules;
import dev.tengen.mcts.SearchParams;
import dev.tengen.network.NetworkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped reference.conf, the layering, and the errors that name key, file and line. */
class ConfigTest {

  @Test
  void referenceDefaultsEqualTheParamsRecordsDefaults() {
    TengenConfig defaults = TengenConfig.defaults();
    assertEquals(SearchParams.selfPlay(), defaults.bind("search", SearchParams.class));
    assertEquals(SearchParams.match(), defaults.bind("match.search", SearchParams.class));
    GameConfig game = defaults.bind("game", GameConfig.class);
    assertEquals(9, game.boardSize());
    assertEquals(Rules.DEFAULT, game.rules());
    assertEquals(NetworkConfig.defaults(9),
        defaults.bind("network", NetworkShape.class).toConfig(game.boardSize()));
    assertEquals(new EngineConfig(Duration.ofMillis(500), true, 1),
        defaults.bind("engine", EngineConfig.class));
  }

  @Test
  void everyReferenceKeyIsReadByARecordAndEveryRecordComponentHasAKey() {
    Config reference = ConfigLayers.reference().resolve();
    assertEquals(keys(RecordBinder.keysOf(SearchParams.class)), leafKeys(reference, "tengen.search"));
    assertEquals(keys(RecordBinder.keysOf(SearchParams.class)),
        leafKeys(reference, "tengen.match.search"));
    assertEquals(keys(RecordBinder.keysOf(GameConfig.class)), leafKeys(reference, "tengen.game"));
    assertEquals(keys(RecordBinder.keysOf(EngineConfig.class)), leafKeys(reference, "tengen.engine"));
    assertEquals(keys(RecordBinder.keysOf(NetworkShape.class)), leafKeys(reference, "tengen.network"));
  }

  @Test
  void everyReferenceKeyHasAComment() {
    Config reference = ConfigLayers.reference();
    for (var entry : reference.resolve().entrySet()) {
      if (entry.getKey().startsWith("tengen.match.search.")) {
        continue; // inherited from tengen.search, commented there
      }
      assertTrue(!entry.getValue().origin().comments().isEmpty(), entry.getKey() + " has no comment");
    }
  }

  @Test
  void unknownKeyInAFileNamesTheKeyTheFileTheLineAndTheNearestKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my.conf");
    Files.writeString(file, "tengen {\n  search {\n    cpuct = 2\n  }\n}\n");
    ConfigError error = assertThrows(ConfigError.class, () -> TengenConfig.load(file, List.of()));
    assertEquals("unknown config key tengen.search.cpuct (" + file + ": 3); did you mean "
        + "tengen.search.c-puct?", error.getMessage());
  }

  @Test
  void unknownKeyInAnOverrideNamesTheFlag() {
    ConfigError error = assertThrows(ConfigError.class,
        () -> TengenConfig.load(null, List.of("serach.full-visits=3")));
    assertTrue(error.getMessage().startsWith(
        "unknown config key tengen.serach.full-visits (--set serach.full-visits=3)"), error.getMessage());
  }

  @Test
  void outOfRangeValueNamesTheKeyTheValueAndWhereItCameFrom(@TempDir Path dir) throws Exception {
    ConfigError flag = assertThrows(ConfigError.class,
        () -> TengenConfig.load(null, List.of("search.c-puct=-1")).bind("search", SearchParams.class));
    assertEquals("tengen.search.c-puct = -1 (--set search.c-puct=-1): cPuct must be positive and "
        + "finite, got -1.0", flag.getMessage());
    Path file = dir.resolve("bad.conf");
    Files.writeString(file, "tengen.game {\n  komi = 7.3\n}\n");
    ConfigError inFile = assertThrows(ConfigError.class,
        () -> TengenConfig.load(file, List.of()).bind("game", GameConfig.class));
    assertEquals("tengen.game.komi = 7.3 (" + file + ": 2): komi: komi 7.3 is not a multiple of 0.5",
        inFile.getMessage());
  }

  @Test
  void wrongTypesAndEnumValuesAreNamed() {
    ConfigError type = assertThrows(ConfigError.class,
        () -> TengenConfig.load(null, List.of("search.full-visits=many")).bind("search", SearchParams.class));
    assertEquals("tengen.search.full-visits = many (--set search.full-visits=many): expected a "
        + "whole number", type.getMessage());
    ConfigError selection = assertThrows(ConfigError.class, () -> TengenConfig
        .load(null, List.of("search.final-move-selection=best")).bind("search", SearchParams.class));
    assertEquals("tengen.search.final-move-selection = best (--set search.final-move-selection=best):"
        + " expected one of [most-visits, lcb]", selection.getMessage());
    ConfigError section = assertThrows(ConfigError.class,
        () -> TengenConfig.load(null, List.of("search=3")));
    assertEquals("config key tengen.search is a section, not a single value (--set search=3)",
        section.getMessage());
    ConfigError malformed = assertThrows(ConfigError.class,
        () -> TengenConfig.load(null, List.of("no-equals-sign")));
    assertEquals("--set expects key=value, got 'no-equals-sign'", malformed.getMessage());
  }

  @Test
  void crossFieldRuleNamesBothKeys() {
    ConfigError error = assertThrows(ConfigError.class, () -> TengenConfig
        .load(null, List.of("search.fast-visits=700")).bind("search", SearchParams.class));
    assertTrue(error.getMessage().startsWith("tengen.search.fast-visits = 700 (--set "
        + "search.fast-visits=700): fastVisits (700) must not exceed fullVisits (600)"), error.getMessage());
  }

  @Test
  void laterLayersWinAndMatchSearchInheritsTheSelfPlaySearch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my.conf");
    Files.writeString(file, "tengen.search.c-puct = 1.5\ntengen.game.komi = 6.5\n");
    TengenConfig config = TengenConfig.load(file,
        List.of("tengen.game.komi=7", "match.search.full-visits=50", "match.search.fast-visits=50"));
    assertEquals(1.5, config.bind("search", SearchParams.class).cPuct());
    assertEquals(1.5, config.bind("match.search", SearchParams.class).cPuct());
    assertEquals(50, config.bind("match.search", SearchParams.class).fullVisits());
    assertEquals(600, config.bind("search", SearchParams.class).fullVisits());
    assertEquals(7.0, config.bind("game", GameConfig.class).komi());
    assertEquals(Duration.ofSeconds(2), TengenConfig.load(null, List.of("match.search.time-per-move=2s"))
        .bind("match.search", SearchParams.class).timePerMove());
  }

  @Test
  void renderedConfigReadsBackToTheSameConfiguration(@TempDir Path dir) throws Exception {
    TengenConfig config = TengenConfig.load(null, List.of("search.c-puct=1.7", "game.board-size=13"));
    Path file = dir.resolve("config");
    Files.writeString(file, config.render());
    TengenConfig again = TengenConfig.load(file, List.of());
    assertEquals(config.bind("search", SearchParams.class), again.bind("search", SearchParams.class));
    assertEquals(config.bind("game", GameConfig.class), again.bind("game", GameConfig.class));
    assertTrue(config.render().contains("# Dirichlet noise mixed into the root priors"),
        "comments are kept");
  }

  private static Set<String> keys(List<String> keys) {
    return new TreeSet<>(keys);
  }

  private static Set<String> leafKeys(Config config, String path) {
    Set<String> keys = new TreeSet<>();
    Config section = config.getConfig(path);
    for (var entry : section.entrySet()) {
      if (entry.getValue().valueType() != ConfigValueType.OBJECT) {
        keys.add(entry.getKey());
      }
    }
    return keys;
  }
}
