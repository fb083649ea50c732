package dev.tengen.selfplay.actor;

import dev.tengen.games.EndReason;
import dev.tengen.selfplay.record.GameRecord;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one actor, updated by its self-play threads (lock-free) and read as a {@link
 * MetricsSnapshot}. Time is split into four shares measured on the self-play threads: network
 * (inside {@code EvalBatch.evaluate}), search (the rest of the driver's steps, results, tree
 * moves), rules (playing moves, ending games) and queue (encoding and appending records).
 */
public final class ActorMetrics {

  final LongAdder games = new LongAdder();
  final LongAdder moves = new LongAdder();
  final LongAdder movesPlayed = new LongAdder();
  final LongAdder evaluations = new LongAdder();
  final LongAdder resignations = new LongAdder();
  final LongAdder resignDisabledGames = new LongAdder();
  final LongAdder wouldResignGames = new LongAdder();
  final LongAdder falseResignations = new LongAdder();
  final LongAdder networkNanos = new LongAdder();
  final LongAdder searchNanos = new LongAdder();
  final LongAdder rulesNanos = new LongAdder();
  final LongAdder queueNanos = new LongAdder();
  private final long startNanos = System.nanoTime();

  /** Counts one finished, appended game. */
  void gameFinished(GameRecord record) {
    games.increment();
    moves.add(record.moveCount());
    if (record.result().reason() == EndReason.RESIGNATION) {
      resignations.increment();
    }
    if (record.resignationDisabled()) {
      resignDisabledGames.increment();
      if (record.wouldResignColor() != null) {
        wouldResignGames.increment();
        if (record.falseResignation()) {
          falseResignations.increment();
        }
      }
    }
  }

  /** A consistent-enough view of the counters now (each counter is read once). */
  public MetricsSnapshot snapshot(String actor, String model, long epochMillis) {
    return new MetricsSnapshot(epochMillis, actor, model, (System.nanoTime() - startNanos) / 1e9,
        games.sum(), moves.sum(), movesPlayed.sum(), evaluations.sum(), resignations.sum(), resignDisabledGames.sum(),
        wouldResignGames.sum(), falseResignations.sum(), networkNanos.sum(), searchNanos.sum(),
        rulesNanos.sum(), queueNanos.sum());
  }
}
