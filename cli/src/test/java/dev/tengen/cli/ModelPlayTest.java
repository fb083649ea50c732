package dev.tengen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.network.CheckpointFile;
import dev.tengen.network.NetworkConfig;
import dev.tengen.network.TrainableNetwork;
import dev.tengen.network.TrainingParams;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tengen gtp --model}: a real (tiny, untrained) checkpoint drives the search. */
class ModelPlayTest {
  @TempDir static Path dir;
  private static Path model;

  @BeforeAll
  static void writeCheckpoint() throws Exception {
    NetworkConfig config = NetworkConfig.of(5, 1, 8);
    model = dir.resolve("tiny.ckpt");
    TrainableNetwork network = TrainableNetwork.create(config, TrainingParams.DEFAULT, 1);
    CheckpointFile.write(network.checkpoint("", 0), model);
  }

  private static String[] run(String input, String... args) {
    return LauncherRun.withInput(input, args).asArray();
  }

  @Test
  void gtpPlaysWithACheckpointAndRefusesOtherBoardSizes() {
    String[] result = run("1 boardsize 9\n2 boardsize 5\n3 genmove b\n4 genmove w\n5 quit\n",
        "gtp", "--model", model.toString(), "--size", "5", "--visits", "12");
    assertEquals("0", result[0], result[2]);
    String[] responses = result[1].split("\n\n");
    assertEquals("?1 unacceptable size", responses[0]);
    assertEquals("=2", responses[1]);
    assertTrue(responses[2].matches("=3 ([A-E][1-5]|pass)"), responses[2]);
    assertTrue(responses[3].matches("=4 ([A-E][1-5]|pass)"), responses[3]);
    assertTrue(result[2].contains("tiny.ckpt (step 0, 1x8)"), result[2]);
  }

  @Test
  void aModelForAnotherBoardSizeIsRefusedWithAHint() {
    String[] result = run("", "gtp", "--model", model.toString());
    assertEquals(Integer.toString(ExitCodes.FAILURE), result[0]);
    assertTrue(result[2].contains("plays 5x5 but the board is 9x9 (add --size 5)"), result[2]);
    String[] missing = run("", "gtp", "--model", dir.resolve("nope.ckpt").toString());
    assertEquals(Integer.toString(ExitCodes.FAILURE), missing[0]);
    assertTrue(missing[2].contains("model not found: "), missing[2]);
  }
}
