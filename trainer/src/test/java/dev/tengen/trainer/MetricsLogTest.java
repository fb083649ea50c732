package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {

  private static StepMetrics step(long step) {
    return new StepMetrics(step, 1000 + step, 2.5, 0.75, Double.NaN, 0.01, 0.02, 123.5, 0.05,
        400, 10, 420, 256 * step, 3, 1);
  }

  @Test
  void writesOneJsonObjectPerLine() throws Exception {
    assertEquals(
        "{\"step\":7,\"time_ms\":1007,\"policy_loss\":2.5,\"value_loss\":0.75,"
            + "\"ownership_loss\":null,\"l2_loss\":0.01,\"learning_rate\":0.02,"
            + "\"samples_per_s\":123.5,\"data_path_fraction\":0.05,\"window_size\":400,"
            + "\"games_consumed\":10,\"positions_consumed\":420,\"samples_seen\":1792,"
            + "\"skipped_positions\":3,\"skipped_records\":1}",
        step(7).toJson());
  }

  @Test
  void reopeningDropsStepsAfterTheResumedOneAndATornLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics/train.jsonl");
    try (MetricsLog log = MetricsLog.open(file, 0)) {
      for (int i = 1; i <= 5; i++) {
        log.append(step(i));
      }
    }
    Files.writeString(file, "{\"step\":6,\"time_ms\":10", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (MetricsLog log = MetricsLog.open(file, 3)) {
      log.append(step(4));
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(List.of(step(1).toJson(), step(2).toJson(), step(3).toJson(), step(4).toJson()), lines);
  }
}
