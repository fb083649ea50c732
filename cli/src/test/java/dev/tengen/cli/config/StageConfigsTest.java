package dev.tengen.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import dev.tengen.evaluator.gatekeeper.GatekeeperConfig;
import dev.tengen.evaluator.gating.FixedGamesGate;
import dev.tengen.evaluator.gating.NoGate;
import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.match.MatchOpening;
import dev.tengen.evaluator.stats.SprtParams;
import dev.tengen.mcts.SearchParams;
import dev.tengen.network.InferenceService;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.trainer.TrainerParams;
import dev.tengen.trainer.WindowSizing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage sections of reference.conf map onto the stages' own records and their defaults. */
class StageConfigsTest {
  private final TengenConfig defaults = TengenConfig.defaults();

  @Test
  void selfplayDefaultsAreTheActorsDefaults() {
    assertEquals(ActorConfig.defaults(9), StageConfigs.actor(defaults));
    assertEquals(InferenceService.Options.DEFAULT, StageConfigs.inference(defaults));
    assertEquals(100_000, StageConfigs.cacheEntries(defaults));
  }

  @Test
  void trainerDefaultsAreTheTrainersDefaults(@TempDir Path run) {
    assertEquals(TrainerParams.builder(run).build(), StageConfigs.trainer(defaults, run));
  }

  @Test
  void evaluatorDefaultsAreTheGatekeepersDefaults() {
    GatekeeperConfig expected = GatekeeperConfig.defaults(9);
    GatekeeperConfig actual = StageConfigs.gatekeeper(defaults);
    assertEquals(expected.game(), actual.game());
    assertEquals(expected.parallelGames(), actual.parallelGames());
    assertEquals(expected.pollInterval(), actual.pollInterval());
    SprtGate gate = (SprtGate) actual.rule();
    assertEquals(SprtParams.LEELA_ZERO, gate.sprt().params());
    assertEquals(SprtGate.defaults().toString(), gate.toString());
    assertEquals(FixedGamesGate.ALPHAGO_ZERO,
        StageConfigs.gatingRule(defaults.withOverrides(List.of("evaluator.gating=fixed"))));
    assertSame(NoGate.INSTANCE,
        StageConfigs.gatingRule(defaults.withOverrides(List.of("evaluator.gating=none"))));
  }

  @Test
  void gatingSearchesAreMatchSearchesAtTheEvaluatorsVisits() {
    SearchParams match = SearchParams.match();
    assertEquals(MatchOpening.DEFAULT.applyTo(match.toBuilder().fullVisits(200).fastVisits(200)
        .build()), StageConfigs.gatingSearch(defaults));
    assertEquals(match, StageConfigs.gatingSearch(defaults.withOverrides(
        List.of("evaluator.visits=0", "evaluator.opening-moves=0"))),
        "0 keeps match.search's visits and move choice");
    assertEquals(800, match.fullVisits(), "tengen gtp/play keep 800");
    SearchParams gating = StageConfigs.gatingSearch(defaults);
    assertEquals(1.0, gating.temperatureAt(5));
    assertEquals(0.0, gating.temperatureAt(6));
    ConfigError hot = assertThrows(ConfigError.class, () -> StageConfigs.gatingSearch(
        defaults.withOverrides(List.of("evaluator.opening-temperature=0"))));
    assertTrue(hot.getMessage().startsWith(
        "tengen.evaluator.opening-temperature = 0 (--set evaluator.opening-temperature=0): "),
        hot.getMessage());
    ConfigError negative = assertThrows(ConfigError.class, () -> StageConfigs.gatingSearch(
        defaults.withOverrides(List.of("evaluator.visits=-1"))));
    assertTrue(negative.getMessage().startsWith(
        "tengen.evaluator.visits = -1 (--set evaluator.visits=-1): "), negative.getMessage());
  }

  @Test
  void statusDefaultsAreTheStatusConfigDefaults() {
    assertEquals(StatusConfig.defaults(), StageConfigs.status(TengenConfig.defaults()));
  }

  @Test
  void aStageRecordsRangeErrorNamesTheConfigKey() {
    ConfigError threads = assertThrows(ConfigError.class,
        () -> StageConfigs.actor(defaults.withOverrides(List.of("selfplay.threads=0"))));
    assertTrue(threads.getMessage().startsWith("tengen.selfplay.threads = 0 (--set selfplay.threads=0): "),
        threads.getMessage());
    ConfigError alpha = assertThrows(ConfigError.class,
        () -> StageConfigs.gatekeeper(defaults.withOverrides(List.of("evaluator.sprt.alpha=0.7"))));
    assertTrue(alpha.getMessage().startsWith("tengen.evaluator.sprt.alpha = 0.7 (--set evaluator.sprt.alpha=0.7): "),
        alpha.getMessage());
    ConfigError batch = assertThrows(ConfigError.class, () -> StageConfigs.trainer(
        defaults.withOverrides(List.of("trainer.batch-size=0")), Path.of("runs/x")));
    assertTrue(batch.getMessage().startsWith("tengen.trainer.batch-size = 0 (--set trainer.batch-size=0): "),
        batch.getMessage());
    ConfigError window = assertThrows(ConfigError.class, () -> StageConfigs.trainer(
        defaults.withOverrides(List.of("trainer.window.max-positions=5")), Path.of("runs/x")));
    assertTrue(window.getMessage().startsWith("tengen.trainer.window."), window.getMessage());
    ConfigError keep = assertThrows(ConfigError.class, () -> StageConfigs.trainer(
        defaults.withOverrides(List.of("trainer.keep-latest-checkpoints=1")), Path.of("runs/x")));
    assertTrue(keep.getMessage().startsWith(
        "tengen.trainer.keep-latest-checkpoints = 1 (--set trainer.keep-latest-checkpoints=1): "
            + "keepLatestCheckpoints must be >= 2"), keep.getMessage());
  }

  @Test
  void everyStageKeyInTheReferenceIsRead() {
    Config reference = ConfigLayers.reference().resolve();
    assertEquals(keys(RecordBinder.keysOf(SelfplaySection.class)), leafKeys(reference, "tengen.selfplay"));
    assertEquals(keys(RecordBinder.keysOf(InferenceSection.class)), leafKeys(reference, "tengen.inference"));
    List<String> trainer = new ArrayList<>(RecordBinder.keysOf(TrainerSection.class));
    RecordBinder.keysOf(WindowSizing.class).forEach(k -> trainer.add("window." + k));
    assertEquals(keys(trainer), leafKeys(reference, "tengen.trainer"));
    List<String> evaluator = new ArrayList<>(RecordBinder.keysOf(EvaluatorSection.class));
    RecordBinder.keysOf(SprtParams.class).forEach(k -> evaluator.add("sprt." + k));
    RecordBinder.keysOf(FixedGamesGate.class).forEach(k -> evaluator.add("fixed." + k));
    assertEquals(keys(evaluator), leafKeys(reference, "tengen.evaluator"));
    assertEquals(keys(RecordBinder.keysOf(StatusConfig.class)), leafKeys(reference, "tengen.status"));
    Set<String> sections = new TreeSet<>(reference.getConfig("tengen").root().keySet());
    assertEquals(new TreeSet<>(List.of("engine", "evaluator", "game", "inference", "match",
        "network", "search", "selfplay", "status", "trainer")), sections, "a section nothing reads?");
  }

  private static Set<String> keys(List<String> keys) {
    return new TreeSet<>(keys);
  }

  private static Set<String> leafKeys(Config config, String path) {
    Set<String> keys = new TreeSet<>();
    for (var entry : config.getConfig(path).entrySet()) {
      if (entry.getValue().valueType() != ConfigValueType.OBJECT) {
        keys.add(entry.getKey());
      }
    }
    return keys;
  }
}
