package dev.tengen.selfplay.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * One event on a run's model queue ({@code runs/NAME/models/}). Model ids are short free-form
 * names chosen by whoever writes the checkpoint (e.g. {@code "m000042"}); checkpoint paths are
 * stored as given (relative paths are relative to the run directory by convention).
 */
public sealed interface ModelEvent {

  /** When the event was written (millisecond precision once stored). */
  Instant time();

  /** The model the event is about. */
  String modelId();

  /**
   * The trainer wrote a checkpoint and offers it for evaluation.
   *
   * @param step training step of the checkpoint
   * @param parentModelId the best model when training of this checkpoint started ("" if none)
   */
  record Candidate(Instant time, String modelId, String checkpointPath, long step, String parentModelId)
      implements ModelEvent {
    public Candidate {
      requireText(time, modelId, checkpointPath, parentModelId);
      if (step < 0) {
        throw new IllegalArgumentException("step must be >= 0, got " + step + " for " + modelId);
      }
    }
  }

  /**
   * The model is now the best: self-play actors switch to it.
   *
   * @param previousBestId the model it replaces ("" for the first best of a run)
   * @param score the evidence, e.g. the candidate's win rate against the previous best (NaN if none)
   * @param reason human-readable why, e.g. "SPRT accepted H1 after 212 games" or "initial model"
   */
  record Promoted(Instant time, String modelId, String checkpointPath, String previousBestId,
      double score, String reason) implements ModelEvent {
    public Promoted {
      requireText(time, modelId, checkpointPath, previousBestId, reason);
    }
  }

  /**
   * The candidate lost its gating match and is discarded.
   *
   * @param score the evidence, e.g. the candidate's win rate (NaN if none)
   */
  record Rejected(Instant time, String modelId, double score, String reason) implements ModelEvent {
    public Rejected {
      requireText(time, modelId, reason);
    }
  }

  private static void requireText(Instant time, String modelId, String... others) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(modelId, "modelId");
    if (modelId.isEmpty()) {
      throw new IllegalArgumentException("modelId must not be empty");
    }
    for (String s : others) {
      Objects.requireNonNull(s, "text field of model event for " + modelId);
    }
  }
}
