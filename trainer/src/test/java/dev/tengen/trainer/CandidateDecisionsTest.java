package dev.tengen.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tengen.selfplay.queue.ModelEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateDecisionsTest {
  private static final Instant T = Instant.ofEpochMilli(1_780_000_000_000L);
  private static final Path RUN = Path.of("/runs/r1");

  private static ModelEvent.Candidate candidate(String id, String path) {
    return new ModelEvent.Candidate(T, id, path, 1, "");
  }

  private static ModelEvent.Rejected rejected(String id) {
    return new ModelEvent.Rejected(T, id, 0.4, "SPRT accepted H0");
  }

  private static ModelEvent.Promoted promoted(String id, String path) {
    return new ModelEvent.Promoted(T, id, path, "initial", 0.6, "SPRT accepted H1");
  }

  @Test
  void aFileIsRejectedOnlyWhenEveryCandidateForItIsAndNoPromotionNamesIt() {
    CandidateDecisions d = new CandidateDecisions(RUN, List.of(
        promoted("initial", "checkpoints/initial.ckpt"),
        candidate("a", "checkpoints/a.ckpt"), rejected("a"),
        candidate("b", "checkpoints/b.ckpt"),
        candidate("c", "checkpoints/c.ckpt"), promoted("c", "checkpoints/c.ckpt"),
        // two candidates for one file, one still undecided
        candidate("d1", "checkpoints/d.ckpt"), candidate("d2", "./checkpoints/d.ckpt"), rejected("d1"),
        // rejected, then promoted by another id naming the same path
        candidate("e", "checkpoints/e.ckpt"), rejected("e"), promoted("e-again", "checkpoints/e.ckpt"),
        // promoted by id, the promotion naming another path: the id protects the file
        candidate("f", "checkpoints/f.ckpt"), rejected("f"), promoted("f", "elsewhere/f.ckpt"),
        // an absolute path
        candidate("g", "/runs/r1/checkpoints/g.ckpt"), rejected("g")));
    Path dir = RUN.resolve("checkpoints");
    assertEquals(CandidateDecisions.Fate.PROMOTED, d.fateOf(dir.resolve("initial.ckpt")));
    assertEquals(CandidateDecisions.Fate.REJECTED, d.fateOf(dir.resolve("a.ckpt")));
    assertEquals(CandidateDecisions.Fate.UNDECIDED, d.fateOf(dir.resolve("b.ckpt")));
    assertEquals(CandidateDecisions.Fate.PROMOTED, d.fateOf(dir.resolve("c.ckpt")));
    assertEquals(CandidateDecisions.Fate.UNDECIDED, d.fateOf(dir.resolve("d.ckpt")));
    assertEquals(CandidateDecisions.Fate.PROMOTED, d.fateOf(dir.resolve("e.ckpt")));
    assertEquals(CandidateDecisions.Fate.PROMOTED, d.fateOf(dir.resolve("f.ckpt")));
    assertEquals(CandidateDecisions.Fate.REJECTED, d.fateOf(Path.of("/runs/r1/x/../checkpoints/g.ckpt")));
    assertEquals(CandidateDecisions.Fate.NOT_ANNOUNCED, d.fateOf(dir.resolve("h.ckpt")));
  }

  @Test
  void aRejectionWithoutACandidateDecidesNothing() {
    CandidateDecisions d = new CandidateDecisions(RUN, List.of(rejected("step-000000001")));
    assertEquals(CandidateDecisions.Fate.NOT_ANNOUNCED,
        d.fateOf(RUN.resolve("checkpoints/step-000000001.ckpt")));
  }
}
