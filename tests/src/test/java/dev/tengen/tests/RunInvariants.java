package dev.tengen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.report.TrainPoint;
import dev.tengen.selfplay.queue.ModelEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold of a run directory at any moment, whatever was killed when: no game twice, no
 * candidate announced or decided twice, training steps counted once each, and the trainer's
 * consumed counts equal to what the queue holds.
 */
final class RunInvariants {
  private RunInvariants() {}

  static void check(RunState state) {
    gamesAreUnique(state);
    candidatesAreAnnouncedOnceInStepOrder(state);
    candidatesAreDecidedAtMostOnce(state);
    trainingStepsAreCountedOnce(state);
    consumedCountsMatchTheQueue(state);
    ladderGamesAreUnique(state);
  }

  static void gamesAreUnique(RunState state) {
    Set<Long> seen = new HashSet<>();
    for (long id : state.gameIds()) {
      assertTrue(seen.add(id), "game " + Long.toHexString(id) + " is in the queue twice");
    }
  }

  static void candidatesAreAnnouncedOnceInStepOrder(RunState state) {
    Set<String> ids = new HashSet<>();
    long previousStep = -1;
    for (ModelEvent.Candidate c : state.candidates()) {
      assertTrue(ids.add(c.modelId()), "candidate " + c.modelId() + " announced twice");
      assertTrue(c.step() > previousStep,
          "candidate " + c.modelId() + " at step " + c.step() + " after one at step " + previousStep);
      previousStep = c.step();
    }
  }

  static void candidatesAreDecidedAtMostOnce(RunState state) {
    Set<String> candidates = new HashSet<>();
    state.candidates().forEach(c -> candidates.add(c.modelId()));
    Map<String, Integer> decisions = new HashMap<>();
    for (ModelEvent.Promoted p : state.gatedPromotions()) {
      decisions.merge(p.modelId(), 1, Integer::sum);
    }
    for (ModelEvent.Rejected r : state.rejections()) {
      decisions.merge(r.modelId(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> d : decisions.entrySet()) {
      assertTrue(candidates.contains(d.getKey()), d.getKey() + " decided but never announced");
      assertEquals(1, d.getValue(), d.getKey() + " decided " + d.getValue() + " times");
    }
  }

  static void trainingStepsAreCountedOnce(RunState state) {
    List<TrainPoint> train = state.train();
    for (int i = 0; i < train.size(); i++) {
      assertEquals(i + 1, train.get(i).step(), "train.jsonl line " + (i + 1));
      if (i > 0) {
        TrainPoint a = train.get(i - 1);
        TrainPoint b = train.get(i);
        assertTrue(b.gamesConsumed() >= a.gamesConsumed(), "games consumed fell at step " + b.step());
        assertTrue(b.samplesSeen() > a.samplesSeen(), "samples seen did not grow at step " + b.step());
      }
    }
  }

  /**
   * The trainer takes games in queue order, so after taking {@code g} games it has taken exactly
   * the full-search moves of the queue's first {@code g} records: a game counted twice, or
   * skipped, after a restart breaks the equality.
   */
  static void consumedCountsMatchTheQueue(RunState state) {
    long[] prefix = new long[state.games() + 1];
    for (int i = 0; i < state.games(); i++) {
      prefix[i + 1] = prefix[i] + state.fullSearchMoves().get(i);
    }
    for (TrainPoint t : state.train()) {
      assertTrue(t.gamesConsumed() <= state.games(), "step " + t.step() + " consumed "
          + t.gamesConsumed() + " games of " + state.games() + " in the queue");
      assertEquals(prefix[(int) t.gamesConsumed()], t.positionsConsumed(), "step " + t.step()
          + ": positions consumed vs the full-search moves of the first " + t.gamesConsumed()
          + " games in the queue");
    }
  }

  static void ladderGamesAreUnique(RunState state) {
    Set<String> seen = new HashSet<>();
    for (String id : state.ladderGameIds()) {
      assertTrue(seen.add(id), "ladder game " + id + " journaled twice");
    }
  }
}
