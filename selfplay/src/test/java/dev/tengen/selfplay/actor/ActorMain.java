package dev.tengen.selfplay.actor;

import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.selfplay.RunLayout;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Child actor process for the multi-process and kill tests: {@code ActorMain RUN_DIR SEED GAMES}
 * (GAMES 0 = until killed). Makes sure the run has a best model ("uniform"), then plays 7x7
 * games with few visits through {@link SelfPlayRunner}, printing {@code GAME <id hex> <index>}
 * after each append and {@code DONE} at the end.
 */
public final class ActorMain {
  public static void main(String[] args) throws Exception {
    RunLayout run = new RunLayout(Path.of(args[0]));
    long seed = Long.parseLong(args[1]);
    long games = Long.parseLong(args[2]);
    try (ModelQueue models = ModelQueue.open(run.models())) {
      models.ensureInitialBest("uniform", "none", Clock.systemUTC());
    }
    ActorConfig config = SelfPlayActorTest.smallConfig(7, games, seed)
        .withMetricsInterval(Duration.ofMillis(500));
    ModelLoader loader = promoted -> new LoadedModel(promoted.modelId(), new UniformPolicyValue(), 0);
    SelfPlayRunner runner = new SelfPlayRunner(run, config, loader, "actor-" + seed,
        (index, record) -> {
          System.out.println("GAME " + Long.toHexString(record.gameId()) + " " + index);
          System.out.flush();
        });
    runner.run(Duration.ofSeconds(30));
    System.out.println("DONE");
  }
}
