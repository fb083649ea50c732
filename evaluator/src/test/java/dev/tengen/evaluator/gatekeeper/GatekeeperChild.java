package dev.tengen.evaluator.gatekeeper;

import dev.tengen.evaluator.gating.SprtGate;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.Player;
import dev.tengen.evaluator.match.PlayerFault;
import dev.tengen.evaluator.match.PlayerMove;
import dev.tengen.games.Color;
import dev.tengen.games.Rules;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A gatekeeper process for the kill -9 test: judges the pending candidates of the run in
 * {@code args[0]} with Leela Zero's SPRT on 5x5, 2 games at once, with the test players of
 * {@link GatekeeperTest#player}, each move delayed by {@code args[1]} ms so the parent can kill
 * it mid-match. Prints "decided N" at the end.
 */
public final class GatekeeperChild {

  private GatekeeperChild() {}

  public static void main(String[] args) throws Exception {
    Path run = Path.of(args[0]);
    long delay = Long.parseLong(args[1]);
    try (ModelQueue queue = ModelQueue.open(run.resolve("models"))) {
      ModelContestants models = (id, path) -> slow(GatekeeperTest.player(id, path), delay);
      Gatekeeper keeper = new Gatekeeper(queue, models,
          new GatekeeperConfig(SprtGate.leelaZero(),
              new GameSettings(5, Rules.DEFAULT.withKomi(0.5), 75), 2, Duration.ofMillis(10)),
          ResultJournal.open(run.resolve("evaluator").resolve(EloLadder.JOURNAL_FILE)), null,
          MatchListener.NONE, Clock.systemUTC());
      List<ModelEvent> decided = keeper.judgePending();
      System.out.println("decided " + decided.size());
    }
  }

  /** The launch command of this main in a fresh JVM with the same class path and JVM flags. */
  static List<String> command(Path run, long delayMillis) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean()
        .getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-Dchronicle")) {
        cmd.add(arg);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(GatekeeperChild.class.getName());
    cmd.add(run.toString());
    cmd.add(Long.toString(delayMillis));
    return cmd;
  }

  private static Contestant slow(Contestant inner, long delay) {
    return new Contestant() {
      @Override
      public String name() {
        return inner.name();
      }

      @Override
      public Player open(int worker) throws PlayerFault {
        Player p = inner.open(worker);
        return new Player() {
          @Override
          public String name() {
            return p.name();
          }

          @Override
          public void newGame(GameSettings settings) throws PlayerFault {
            p.newGame(settings);
          }

          @Override
          public void play(Color color, int action) throws PlayerFault {
            p.play(color, action);
          }

          @Override
          public PlayerMove genMove(Color color) throws PlayerFault {
            try {
              Thread.sleep(delay);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return p.genMove(color);
          }

          @Override
          public void close() {
            p.close();
          }
        };
      }
    };
  }
}
