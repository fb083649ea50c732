package dev.tengen.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tiny run the end-to-end tests train: 5x5, komi 7.5, a 1-block × 16-channel net, 16 visits
 * a move, 8 games at once, trainer batches of 32 with a checkpoint (and candidate) every 20
 * steps from a 200-position window, each position sampled twice on average (with the default 4
 * on a loaded machine the trainer ran ahead of self-play and, in 3 runs of 4, overfitted the
 * first 150-180 games into a model that lost to random play),
 * and gating by a fixed 10-game match, promoted with at least 5 points. Gating games are
 * deterministic (no noise) and Black nearly always wins on 5x5 with komi 7.5, so a match is two
 * games played five times each; with "more than 5 points" one run kept its step-20 model as the
 * best through 140 later candidates. The gatekeeper keeps the settings this test was tuned with
 * before the 9x9 defaults changed: match search's 16 visits ({@code evaluator.visits=0}), no
 * randomised opening (6 sampled plies are a third of a 5x5 game) and 2 games at once; with the
 * new defaults it played 200-visit gates, judged 29 of 150 candidates and the best model was
 * 2,400 steps old (29/40 against random, one game above the bar). Everything else is the
 * shipped reference configuration.
 */
final class TinyRun {
  private TinyRun() {}

  static final int BOARD_SIZE = 5;
  static final double KOMI = 7.5;

  /** The arguments of {@code tengen run} on run {@code name} under {@code runsRoot}. */
  static List<String> runArgs(Path runsRoot, String name) {
    List<String> args = new ArrayList<>(List.of("run", "--runs-root", runsRoot.toString(), "--run", name));
    for (String setting : List.of(
        "game.board-size=" + BOARD_SIZE,
        "game.komi=" + KOMI,
        "network.blocks=1",
        "network.channels=16",
        "network.policy-channels=8",
        "network.value-channels=8",
        "network.value-hidden=16",
        "search.full-visits=16",
        "search.fast-visits=16",
        "search.full-search-probability=1.0",
        "selfplay.games-per-thread=8",
        "selfplay.metrics-interval=5s",
        "inference.max-batch=16",
        "trainer.batch-size=32",
        "trainer.samples-per-position=2",
        "trainer.checkpoint-every-steps=20",
        "trainer.window.min-positions=200",
        "trainer.window.taper-scale=200",
        "evaluator.gating=fixed",
        "evaluator.fixed.games=10",
        "evaluator.fixed.threshold=0.45",
        "evaluator.poll-interval=1s",
        "evaluator.visits=0",
        "evaluator.opening-moves=0",
        "evaluator.parallel-games=2",
        "match.search.full-visits=16",
        "match.search.fast-visits=16",
        "status.interval=5s",
        "status.progress-interval=2s")) {
      args.add("--set");
      args.add(setting);
    }
    return args;
  }

  /**
   * Polls {@code run} once a second until {@code done} holds, failing (with the process's stderr)
   * if the process dies or {@code timeoutSeconds} pass. The timeout only guards against a hung
   * build; no assertion depends on how fast anything is.
   */
  static RunState awaitState(Path run, TengenProcess process, String what, long timeoutSeconds,
      Predicate<RunState> done) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    RunState state = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("tengen run died while waiting for " + what + ":\n" + process.tail());
      }
      state = RunState.read(run);
      if (done.test(state)) {
        return state;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no " + what + " within " + timeoutSeconds + " s (games "
        + (state == null ? 0 : state.games()) + ", step " + (state == null ? 0 : state.lastStep())
        + ", decisions " + (state == null ? 0 : state.gatingDecisions()) + "):\n" + process.tail());
  }
}
