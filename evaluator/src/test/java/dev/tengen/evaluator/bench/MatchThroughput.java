package dev.tengen.evaluator.bench;

import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.GtpContestant;
import dev.tengen.evaluator.match.Match;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.RandomPlayer;
import java.util.Locale;

/**
 * Match throughput against GNU Go on 9x9 (komi 7.5): GNU Go at a level against the in-process
 * random player, {@code games} games sequentially (the baseline), then the same number with
 * {@code parallel} games at once; prints both results and the speed-up ratio.
 *
 * <pre>
 * java -cp evaluator/target/test-classes:evaluator/target/classes:games/target/classes:mcts/target/classes \
 *     dev.tengen.evaluator.bench.MatchThroughput [level] [games] [parallel]
 * </pre>
 */
public final class MatchThroughput {

  private MatchThroughput() {}

  public static void main(String[] args) throws Exception {
    int level = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int games = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    double[] seconds = new double[2];
    for (int k = 0; k < 2; k++) {
      int jobs = k == 0 ? 1 : parallel;
      long t0 = System.nanoTime();
      MatchResult r = Match.builder(
              new MatchSettings("bench-" + jobs, GameSettings.of(9, 7.5), games, jobs, true),
              GtpContestant.gnuGo(level, null), RandomPlayer.contestant("random", 1))
          .build().run();
      seconds[k] = (System.nanoTime() - t0) / 1e9;
      int plies = r.played().stream().mapToInt(g -> g.moves().size()).sum();
      System.out.printf(Locale.ROOT, "%d at once: %d games, %d plies, %.1f s, %.2f s/game%n  %s",
          jobs, games, plies, seconds[k], seconds[k] / games, r.summary());
    }
    System.out.printf(Locale.ROOT, "speed-up with %d at once: %.2f%n", parallel,
        seconds[0] / seconds[1]);
  }
}
