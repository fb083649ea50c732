package dev.tengen.trainer;

import dev.tengen.selfplay.queue.ModelEvent;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint retention policy: deletes the checkpoints of rejected candidates so a run of
 * days does not fill the disk. A pass looks at every {@code step-N.ckpt} and {@code
 * step-N.trainer} in the store and deletes both files of a step only when
 *
 * <ol>
 *   <li>it is not one of the newest {@code keepLatest} checkpoint files at or below the step the
 *       trainer has just written (its resume point and the fallbacks behind it; a file above that
 *       step is a leftover of a history the trainer fell back from, and is judged by 2 alone), and
 *   <li>the model queue's snapshot says {@link CandidateDecisions.Fate#REJECTED}: announced, and
 *       every candidate for the file rejected.
 * </ol>
 *
 * Everything else stays: {@code initial.ckpt} and any file not named {@code step-N.*} (never
 * looked at), promoted models' checkpoints <em>and their trainer states</em> (a few hundred
 * bytes each, and what keeps a promoted checkpoint a complete one that {@link
 * CheckpointStore#latest} can resume from if every newer checkpoint is unreadable), candidates
 * without a decision, and checkpoints never announced (orphan trainer states of a crash during a
 * save included).
 *
 * <p>Crash safety: each file is one unlink, a step's checkpoint before its trainer state, oldest
 * step first; files already gone count as deleted, so a pass killed at any point leaves files
 * that are all either kept by the policy or deleted by the next pass. Nothing is deleted without
 * a decision in the queue, so a candidate the evaluator is loading or gating (undecided) is
 * never touched; a process that opened a file before it was deleted keeps reading it (POSIX).
 * Deletion errors are logged and the pass goes on with the next step; they never stop training.
 *
 * <p>Not thread-safe: the trainer calls {@link #prune} from its own thread after each checkpoint.
 */
public final class CheckpointPruner {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointPruner.class);

  /**
   * What one pass did.
   *
   * @param deletedSteps the rejected steps this pass deleted the remaining files of, oldest first
   * @param files files unlinked by this pass
   * @param bytes their total size
   * @param keptNewest steps kept as among the newest {@code keepLatest}
   * @param keptPromoted steps kept as promoted models
   * @param keptUndecided steps kept as candidates without a decision
   * @param keptNotAnnounced steps kept as never announced
   * @param failures steps whose deletion failed (logged; retried at the next pass)
   */
  public record Pass(List<Long> deletedSteps, int files, long bytes, int keptNewest,
      int keptPromoted, int keptUndecided, int keptNotAnnounced, int failures) {
    public Pass {
      deletedSteps = List.copyOf(deletedSteps);
    }

    /** The log line of the pass. */
    public String describe() {
      StringBuilder out = new StringBuilder("checkpoint retention: deleted ").append(files)
          .append(files == 1 ? " file (" : " files (").append(megabytes(bytes)).append(") of ")
          .append(deletedSteps.size()).append(" rejected checkpoint")
          .append(deletedSteps.size() == 1 ? "" : "s");
      if (!deletedSteps.isEmpty()) {
        out.append(' ').append(CheckpointStore.modelId(deletedSteps.get(0)));
        if (deletedSteps.size() > 1) {
          out.append("..").append(CheckpointStore.modelId(deletedSteps.get(deletedSteps.size() - 1)));
        }
      }
      out.append("; kept ").append(keptNewest).append(" newest, ").append(keptPromoted)
          .append(" promoted, ").append(keptUndecided).append(" undecided, ")
          .append(keptNotAnnounced).append(" not announced");
      if (failures > 0) {
        out.append("; ").append(failures).append(" could not be deleted (see above)");
      }
      return out.toString();
    }

    private static String megabytes(long bytes) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
  }

  private final CheckpointStore store;
  private final Path runDir;
  private final int keepLatest;

  /**
   * @param store the trainer's checkpoints
   * @param runDir the run directory the queue's checkpoint paths are relative to
   * @param keepLatest how many of the newest checkpoints are always kept; at least 2, so that if
   *     the newest is unreadable the trainer still has one to resume from
   */
  public CheckpointPruner(CheckpointStore store, Path runDir, int keepLatest) {
    if (keepLatest < 2) {
      throw new IllegalArgumentException("keepLatest must be >= 2, got " + keepLatest);
    }
    this.store = store;
    this.runDir = runDir;
    this.keepLatest = keepLatest;
  }

  /**
   * One pass of the policy over the store, with the decisions in {@code events} (a snapshot of
   * the model queue), logging one line. Cost: two directory listings and one unlink per deleted
   * file.
   *
   * @param newestStep the step of the checkpoint the trainer has just written: the newest {@code
   *     keepLatest} checkpoint files at or below it are kept
   */
  public Pass prune(List<ModelEvent> events, long newestStep) {
    CandidateDecisions decisions = new CandidateDecisions(runDir, events);
    List<Long> checkpoints = store.checkpointSteps();
    Set<Long> newest = new HashSet<>();
    for (int i = checkpoints.size() - 1; i >= 0 && newest.size() < keepLatest; i--) {
      if (checkpoints.get(i) <= newestStep) {
        newest.add(checkpoints.get(i));
      }
    }
    Set<Long> steps = new TreeSet<>(checkpoints);
    steps.addAll(store.stateSteps());

    List<Long> deleted = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    int promoted = 0;
    int undecided = 0;
    int notAnnounced = 0;
    int failures = 0;
    for (long step : steps) {
      if (newest.contains(step)) {
        continue;
      }
      switch (decisions.fateOf(store.checkpointFile(step))) {
        case PROMOTED -> promoted++;
        case UNDECIDED -> undecided++;
        case NOT_ANNOUNCED -> notAnnounced++;
        case REJECTED -> {
          try {
            CheckpointStore.Deleted gone = store.delete(step);
            files += gone.files();
            bytes += gone.bytes();
            deleted.add(step);
          } catch (UncheckedIOException e) {
            failures++;
            LOG.warn("checkpoint retention: {}: {}", e.getMessage(), e.getCause().toString());
          }
        }
      }
    }
    Pass pass = new Pass(deleted, files, bytes, newest.size(), promoted, undecided, notAnnounced,
        failures);
    LOG.info(pass.describe());
    return pass;
  }
}
