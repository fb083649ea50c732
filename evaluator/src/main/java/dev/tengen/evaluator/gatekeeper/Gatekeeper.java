package dev.tengen.evaluator.gatekeeper;

import dev.tengen.evaluator.gating.GateStatus;
import dev.tengen.evaluator.gating.GatingRule;
import dev.tengen.evaluator.gating.NoGate;
import dev.tengen.evaluator.gating.Verdict;
import dev.tengen.evaluator.ladder.ResultJournal;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.Match;
import dev.tengen.evaluator.match.MatchListener;
import dev.tengen.evaluator.match.MatchResult;
import dev.tengen.evaluator.match.MatchSettings;
import dev.tengen.evaluator.match.SgfArchive;
import dev.tengen.evaluator.match.StopRule;
import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.ModelEvent;
import dev.tengen.selfplay.queue.ModelQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges candidates from the model queue: for each {@code Candidate} without a {@code Promoted}
 * or {@code Rejected} event, oldest first, plays it (side A) against the current best (side B)
 * and appends the verdict of the {@link GatingRule}.
 *
 * <p>Crash safety (kill -9 at any moment, then restart):
 *
 * <ul>
 *   <li>the match id is {@code gate-<candidate>-vs-<best>}; its finished games are in the journal,
 *       so the restarted match resumes and never replays or recounts a finished game (a game in
 *       flight at the kill is replayed);
 *   <li>the decision is appended only after re-reading the queue under an exclusive file lock
 *       ({@code gatekeeper.lock} beside the journal): a candidate that already has a decision is
 *       never decided again, so it is never promoted twice, even by two gatekeepers at once;
 *   <li>if the best model changed while the match ran, no decision is written: the candidate is
 *       matched again against the new best.
 * </ul>
 *
 * <p>A candidate whose checkpoint cannot be loaded is rejected with the reason. If the best model
 * cannot be loaded, nothing is decided and the exception propagates (from {@link #run()} it is
 * reported to the listener and retried after the poll interval). Not thread-safe: one thread
 * calls {@link #judgePending()} or {@link #run()}.
 */
public final class Gatekeeper {

  /** The lock file that serialises decisions, in the journal's directory. */
  public static final String LOCK_FILE = "gatekeeper.lock";

  private final ModelQueue queue;
  private final ModelContestants models;
  private final GatekeeperConfig config;
  private final ResultJournal journal;
  private final SgfArchive sgf;
  private final MatchListener listener;
  private final Clock clock;

  /**
   * @param queue the run's model queue
   * @param models loads candidates and the best model as contestants
   * @param config the rule, game settings and share of the machine
   * @param journal where every gating game is journaled (the Elo ladder's journal)
   * @param sgf where gating games are kept as SGF, or null
   * @param listener progress and events
   * @param clock the time stamps of appended events
   */
  public Gatekeeper(
      ModelQueue queue, ModelContestants models, GatekeeperConfig config, ResultJournal journal,
      SgfArchive sgf, MatchListener listener, Clock clock) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.models = Objects.requireNonNull(models, "models");
    this.config = Objects.requireNonNull(config, "config");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.sgf = sgf;
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The match id of a gating match: {@code gate-<candidate>-vs-<best>}, with any slash,
   * backslash, tab or line break in the ids replaced by {@code _} (match ids name directories).
   */
  public static String matchId(String candidateId, String bestId) {
    return ("gate-" + candidateId + "-vs-" + bestId).replaceAll("[/\\\\\t\r\n]", "_");
  }

  /**
   * Judges every candidate that has no decision yet, oldest first, and returns the events it
   * appended (a candidate whose best changed during its match is left for the next call).
   *
   * @throws InterruptedException if interrupted during a match (nothing is decided for it)
   * @throws Exception what loading the best model threw
   */
  public List<ModelEvent> judgePending() throws Exception {
    List<ModelEvent> appended = new ArrayList<>();
    Set<String> tried = new HashSet<>();
    while (true) {
      Snapshot s = snapshot();
      Optional<ModelEvent.Candidate> next =
          s.pending().stream().filter(c -> !tried.contains(c.modelId())).findFirst();
      if (next.isEmpty()) {
        return appended;
      }
      ModelEvent.Candidate candidate = next.get();
      tried.add(candidate.modelId());
      judge(candidate, s.best()).ifPresent(appended::add);
    }
  }

  /**
   * Judges candidates until interrupted, looking at the queue every poll interval. Failures other
   * than interruption are reported with {@link MatchListener#event} and retried.
   *
   * @throws InterruptedException when interrupted (the way to stop it)
   */
  public void run() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        judgePending();
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        listener.event("gatekeeper: " + e + "; retrying in " + config.pollInterval());
      }
      Thread.sleep(config.pollInterval().toMillis());
    }
    throw new InterruptedException("gatekeeper stopped");
  }

  private Optional<ModelEvent> judge(ModelEvent.Candidate candidate, ModelEvent.Promoted best)
      throws Exception {
    if (best == null) {
      ModelEvent.Promoted first =
          queue.ensureInitialBest(candidate.modelId(), candidate.checkpointPath(), clock);
      listener.event("gatekeeper: no best model yet; " + first.modelId() + " is the initial best");
      return first.modelId().equals(candidate.modelId()) ? Optional.of(first) : Optional.empty();
    }
    GatingRule rule = config.rule();
    if (rule instanceof NoGate) {
      GateStatus status = rule.evaluate(MatchScore.EMPTY);
      return decide(candidate, best, status, Double.NaN);
    }
    Contestant a;
    try {
      a = models.load(candidate.modelId(), candidate.checkpointPath());
    } catch (Exception e) {
      return decide(candidate, best, new GateStatus(Verdict.REJECT,
          "cannot load checkpoint " + candidate.checkpointPath() + ": " + e), Double.NaN);
    }
    try {
      Contestant b = models.load(best.modelId(), best.checkpointPath());
      try {
        MatchSettings settings = new MatchSettings(matchId(candidate.modelId(), best.modelId()),
            config.game(), rule.maxGames(), config.parallelGames(), true);
        listener.event("gatekeeper: " + candidate.modelId() + " vs best " + best.modelId() + " by "
            + rule.describe());
        MatchResult result = Match.builder(settings, a, b).journal(journal).sgf(sgf)
            .listener(listener).stopRule(StopRule.of(rule)).build().run();
        MatchScore score =
            result.scoreAtStop() != null ? result.scoreAtStop() : result.scoreOfA();
        GateStatus status = rule.evaluate(score);
        if (!status.verdict().isFinal()) {
          status = new GateStatus(Verdict.REJECT,
              status.explanation() + ": undecided after " + score.games() + " games");
        }
        listener.event("gatekeeper: " + result.summary().strip());
        return decide(candidate, best, status, score.scoreRate());
      } finally {
        closeIfCloseable(b);
      }
    } finally {
      closeIfCloseable(a);
    }
  }

  /** Appends the decision unless one exists or the best changed, under the decision lock. */
  private Optional<ModelEvent> decide(
      ModelEvent.Candidate candidate, ModelEvent.Promoted best, GateStatus status, double score) {
    Path lockFile = journal.path().toAbsolutePath().getParent().resolve(LOCK_FILE);
    try {
      Files.createDirectories(lockFile.getParent());
      try (FileChannel ch =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = ch.lock();
        try {
          Snapshot now = snapshot();
          if (now.decided().contains(candidate.modelId())) {
            listener.event("gatekeeper: " + candidate.modelId() + " already decided; skipped");
            return Optional.empty();
          }
          if (now.best() == null || !now.best().modelId().equals(best.modelId())) {
            listener.event("gatekeeper: the best changed during " + candidate.modelId()
                + "'s match; it will be matched again");
            return Optional.empty();
          }
          ModelEvent event =
              status.verdict() == Verdict.PROMOTE
                  ? new ModelEvent.Promoted(clock.instant(), candidate.modelId(),
                      candidate.checkpointPath(), best.modelId(), score, status.explanation())
                  : new ModelEvent.Rejected(clock.instant(), candidate.modelId(), score,
                      status.explanation());
          queue.append(event);
          listener.event("gatekeeper: " + (status.verdict() == Verdict.PROMOTE ? "PROMOTED "
              : "REJECTED ") + candidate.modelId() + ": " + status.explanation());
          return Optional.of(event);
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  private Snapshot snapshot() {
    List<ModelEvent.Candidate> candidates = new ArrayList<>();
    Set<String> decided = new HashSet<>();
    ModelEvent.Promoted best = null;
    for (Indexed<ModelEvent> e : queue.readAll()) {
      ModelEvent ev = e.value();
      if (ev instanceof ModelEvent.Candidate c) {
        candidates.add(c);
      } else if (ev instanceof ModelEvent.Promoted p) {
        decided.add(p.modelId());
        best = p;
      } else if (ev instanceof ModelEvent.Rejected r) {
        decided.add(r.modelId());
      }
    }
    List<ModelEvent.Candidate> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ModelEvent.Candidate c : candidates) {
      if (!decided.contains(c.modelId()) && seen.add(c.modelId())) {
        pending.add(c);
      }
    }
    return new Snapshot(pending, decided, best);
  }

  private record Snapshot(
      List<ModelEvent.Candidate> pending, Set<String> decided, ModelEvent.Promoted best) {}

  private void closeIfCloseable(Contestant c) {
    if (c instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        listener.event("gatekeeper: closing " + c.name() + " failed: " + e);
      }
    }
  }
}
