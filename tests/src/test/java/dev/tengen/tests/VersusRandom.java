package dev.tengen.tests;

import dev.tengen.evaluator.gatekeeper.CheckpointContestants;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.GameSettings;
import dev.tengen.evaluator.match.Match;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.RandomPlayer;
import dev.tengen.evaluator.match.SearchContestant;
import dev.tengen.network.InferenceService;
import java.nio.file.Path;

/**
 * A checkpoint of a run, searching {@value #VISITS} visits a move with match settings (no noise,
 * no temperature), against the evaluator's uniformly random player: {@code games} games on the
 * tiny run's board, the model always Black, one game at a time, seeded, so a given checkpoint
 * always gets the same score.
 *
 * <p>Why always Black: 5x5 with komi 7.5 is a win for Black with good play, and the tiny run's
 * self-play learns exactly that; a well-trained value head then rates every White position as
 * lost, so as White the search has nothing to choose by and the model plays (and passes) almost
 * at random. One run's model won 18 of 20 as Black and 0 of 20 as White against random play. As
 * Black, the side whose play the run actually learns, a trained model wins nearly every game and
 * the untrained one does not.
 */
final class VersusRandom {
  static final int VISITS = 16;

  private VersusRandom() {}

  static MatchResult play(Path run, String modelId, String checkpointPath, int games)
      throws Exception {
    CheckpointContestants models = new CheckpointContestants(run, null,
        SearchContestant.matchParams(VISITS), InferenceService.Options.DEFAULT, 0, false, 7);
    Contestant model = models.load(modelId, checkpointPath);
    try {
      MatchSettings settings = new MatchSettings("versus-random-" + modelId,
          GameSettings.of(TinyRun.BOARD_SIZE, TinyRun.KOMI), games, 1, false);
      return Match.builder(settings, model, RandomPlayer.contestant("random", 11)).build().run();
    } finally {
      ((AutoCloseable) model).close();
    }
  }
}
