package dev.tengen.cli.engine;

import dev.tengen.mcts.PolicyValue;
import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.network.CheckpointFile;
import dev.tengen.network.CheckpointMetadata;
import dev.tengen.network.InferenceService;
import dev.tengen.network.NetworkPolicyValue;
import dev.tengen.network.NetworkRuntime;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the evaluator the playing commands search with. */
public final class Evaluators {
  private Evaluators() {}

  /**
   * An evaluator and what closes it.
   *
   * @param policyValue what the search calls
   * @param boardSize the only board size it evaluates, or 0 for any
   * @param description for logs: "uniform policy" or the checkpoint and its step
   */
  public record Opened(PolicyValue policyValue, int boardSize, String description)
      implements AutoCloseable {
    /** Stops the network's inference threads, if any. */
    @Override
    public void close() {
      if (policyValue instanceof NetworkPolicyValue network) {
        network.close();
      }
    }
  }

  /**
   * The evaluator for {@code model}: {@link UniformPolicyValue} when {@code model} is null (the
   * engine then plays by search alone, before any training); otherwise the checkpoint, verified,
   * BN-folded, behind an inference service batching up to {@code maxBatch} positions, with an
   * evaluation cache of {@code cacheEntries} entries and random symmetries seeded by {@code seed}.
   *
   * @throws IllegalArgumentException if the model file is missing, unreadable or corrupt, or
   *     plays another board size than {@code boardSize}
   */
  public static Opened open(Path model, int boardSize, int maxBatch, int cacheEntries, long seed,
      PrintStream log) {
    if (model == null) {
      log.println("tengen: no --model given: searching with a uniform policy and value 0");
      return new Opened(new UniformPolicyValue(), 0, "uniform policy");
    }
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("model not found: " + model);
    }
    try {
      CheckpointMetadata metadata = CheckpointFile.readMetadata(model);
      int modelSize = metadata.config().boardSize();
      if (modelSize != boardSize) {
        throw new IllegalArgumentException("model " + model + " plays " + modelSize + "x"
            + modelSize + " but the board is " + boardSize + "x" + boardSize + " (add --size "
            + modelSize + ")");
      }
      NetworkRuntime.logOnce();
      NetworkPolicyValue network = NetworkPolicyValue.fromCheckpoint(model, metadata.config(),
          new InferenceService.Options(Math.max(1, maxBatch), 0, 1), cacheEntries, seed);
      String description = model + " (step " + metadata.step() + ", " + metadata.config().blocks()
          + "x" + metadata.config().channels() + ")";
      log.println("tengen: playing with " + description);
      return new Opened(network, modelSize, description);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot load model " + model + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("cannot load model " + model + ": " + e.getMessage(), e);
    }
  }
}
