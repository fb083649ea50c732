package dev.tengen.trainer;

import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.time.Clock;

/**
 * Announces checkpoints as {@link ModelEvent.Candidate}s on the model queue, at most once each:
 * before appending it scans the queue for a candidate with the same model id, so a trainer that
 * crashed between writing a checkpoint and announcing it (or after announcing it) can call this
 * again on restart safely. Only one trainer writes candidates of a run, so the scan and the
 * append need no lock. Cost: one scan of the (small) model queue per call.
 */
public final class CandidateAnnouncer {
  private final ModelQueue models;
  private final Clock clock;

  public CandidateAnnouncer(ModelQueue models, Clock clock) {
    this.models = models;
    this.clock = clock;
  }

  /**
   * Appends a candidate event for the checkpoint unless one with {@code modelId} exists. Its
   * parent is the current best model ("" before any promotion).
   *
   * @param checkpointPath the checkpoint's path relative to the run directory
   * @return true if the event was appended, false if it was already there
   */
  public boolean announce(String modelId, String checkpointPath, long step) {
    String parent = "";
    for (Indexed<ModelEvent> event : models.readAll()) {
      if (event.value() instanceof ModelEvent.Candidate candidate
          && candidate.modelId().equals(modelId)) {
        return false;
      }
      if (event.value() instanceof ModelEvent.Promoted promoted) {
        parent = promoted.modelId();
      }
    }
    models.append(new ModelEvent.Candidate(clock.instant(), modelId, checkpointPath, step, parent));
    return true;
  }
}
