package dev.tengen.games.sgf;

import dev.tengen.games.Game;
import dev.tengen.games.Rules;
import java.util.SplittableRandom;

/** Seeded random legal games for the SGF tests. */
final class RandomGames {
  private RandomGames() {}

  /**
   * Plays up to maxPlies random legal plies on game: a pass with probability passProbability (or
   * when nothing else is legal), otherwise a uniformly random legal point.
   */
  static Game play(Game game, long seed, int maxPlies, double passProbability) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] legal = new boolean[game.numActions()];
    while (!game.isOver() && game.moveNumber() < maxPlies) {
      int count = game.legalActions(legal);
      int points = legal[game.passAction()] ? count - 1 : count;
      if (points == 0 || random.nextDouble() < passProbability) {
        game.play(game.passAction());
        continue;
      }
      int pick = random.nextInt(points);
      for (int action = 0; action < game.passAction(); action++) {
        if (legal[action] && pick-- == 0) {
          game.play(action);
          break;
        }
      }
    }
    return game;
  }

  static Game play(int size, long seed, int maxPlies, double passProbability) {
    return play(new Game(size, Rules.DEFAULT), seed, maxPlies, passProbability);
  }

  /** The stones of the current position, by action. */
  static int[] stones(Game game) {
    int[] out = new int[game.size() * game.size()];
    game.stonesAgo(0, out);
    return out;
  }
}
