package dev.tengen.trainer;

import dev.tengen.selfplay.queue.ModelEvent;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the model queue has decided about each checkpoint file, from a snapshot of its events:
 * the input of the checkpoint retention policy ({@link CheckpointPruner}).
 *
 * <p>Files are matched by path: a {@code Candidate}'s and a {@code Promoted}'s checkpoint path,
 * relative paths resolved against the run directory (the queue's convention), is compared with
 * the file's absolute, normalised path. A file is
 *
 * <ul>
 *   <li>{@link Fate#PROMOTED} if some {@code Promoted} event names its path, or promotes the model
 *       id of some candidate with its path (either is enough: promotion always wins);
 *   <li>else {@link Fate#NOT_ANNOUNCED} if no candidate names its path;
 *   <li>else {@link Fate#REJECTED} if every candidate with its path has a {@code Rejected} event;
 *   <li>else {@link Fate#UNDECIDED} (a candidate still waiting for, or being gated by, the
 *       evaluator).
 * </ul>
 *
 * Immutable; decisions appended to the queue after the snapshot are not seen (they can only add
 * a decision to an undecided candidate, so acting on an old snapshot only keeps more).
 */
public final class CandidateDecisions {

  /** What the queue says about one checkpoint file. */
  public enum Fate {
    /** A promoted model's checkpoint: kept forever. */
    PROMOTED,
    /** Announced, and every candidate for it was rejected: may be deleted. */
    REJECTED,
    /** Announced, and some candidate for it has no decision yet: kept. */
    UNDECIDED,
    /** No candidate names it (e.g. written but not yet announced): kept. */
    NOT_ANNOUNCED
  }

  private final Path runDir;
  private final Map<Path, List<String>> candidatesByFile = new HashMap<>();
  private final Set<Path> promotedFiles = new HashSet<>();
  private final Set<String> promotedIds = new HashSet<>();
  private final Set<String> rejectedIds = new HashSet<>();

  /**
   * @param runDir the run directory relative checkpoint paths are resolved against
   * @param events the model queue's events, in any order
   */
  public CandidateDecisions(Path runDir, List<ModelEvent> events) {
    this.runDir = runDir.toAbsolutePath().normalize();
    for (ModelEvent event : events) {
      if (event instanceof ModelEvent.Candidate candidate) {
        Path file = resolve(candidate.checkpointPath());
        if (file != null) {
          candidatesByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(candidate.modelId());
        }
      } else if (event instanceof ModelEvent.Promoted promoted) {
        promotedIds.add(promoted.modelId());
        Path file = resolve(promoted.checkpointPath());
        if (file != null) {
          promotedFiles.add(file);
        }
      } else if (event instanceof ModelEvent.Rejected rejected) {
        rejectedIds.add(rejected.modelId());
      }
    }
  }

  /** The fate of the checkpoint {@code file} (absolute or relative to the working directory). */
  public Fate fateOf(Path file) {
    Path key = file.toAbsolutePath().normalize();
    if (promotedFiles.contains(key)) {
      return Fate.PROMOTED;
    }
    List<String> ids = candidatesByFile.get(key);
    if (ids == null) {
      return Fate.NOT_ANNOUNCED;
    }
    if (ids.stream().anyMatch(promotedIds::contains)) {
      return Fate.PROMOTED;
    }
    return rejectedIds.containsAll(ids) ? Fate.REJECTED : Fate.UNDECIDED;
  }

  private Path resolve(String checkpointPath) {
    try {
      return runDir.resolve(checkpointPath).normalize();
    } catch (InvalidPathException e) {
      return null; // names no file of ours: its candidate protects nothing and deletes nothing
    }
  }
}
