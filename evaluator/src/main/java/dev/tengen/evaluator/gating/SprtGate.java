package dev.tengen.evaluator.gating;

import dev.tengen.evaluator.stats.Elo;
import dev.tengen.evaluator.stats.MatchScore;
import dev.tengen.evaluator.stats.Sprt;
import dev.tengen.evaluator.stats.SprtParams;
import java.util.Locale;
import java.util.Objects;

/**
 * Leela Zero's gate: an {@link Sprt} on the candidate's score, promote on H1, reject on H0, and a
 * cap on the games after which a {@link CapRule} decides.
 */
public final class SprtGate implements GatingRule {

  /** Leela Zero's validation stops at 400 games. */
  public static final int LEELA_ZERO_CAP = 400;

  /**
   * Tengen's cap: 100 games. On a small machine a gate must finish well within the time the
   * trainer takes to write the next candidate (measured on 2 cores: 100 gating games at 200
   * visits take 6–14 minutes beside self-play and training); early candidates that are much
   * stronger are promoted by the SPRT itself after about 31 straight wins.
   */
  public static final int DEFAULT_CAP = 100;

  /** How the gate decides when the cap is reached with the SPRT still undecided. */
  public enum CapRule {
    /**
     * Promote if the LLR is positive, i.e. the data favour H1 over H0; without draws this means a
     * score rate above the Elo midpoint of the hypotheses (≈ 52.5% for 0/35). The default: a
     * gate should not let a candidate through on noise.
     */
    LLR_SIGN,
    /** Promote if the candidate scored more than 50%. */
    WIN_RATE
  }

  private final Sprt sprt;
  private final int cap;
  private final CapRule capRule;

  /**
   * @param params the hypotheses and error rates
   * @param cap the most games, at least 1
   * @param capRule the decision at the cap
   * @throws IllegalArgumentException if {@code cap < 1}
   */
  public SprtGate(SprtParams params, int cap, CapRule capRule) {
    if (cap < 1) {
      throw new IllegalArgumentException("SPRT game cap " + cap + " is not positive");
    }
    this.sprt = new Sprt(params);
    this.cap = cap;
    this.capRule = Objects.requireNonNull(capRule, "capRule");
  }

  /** Leela Zero's defaults: H0 0, H1 35, α = β = 0.05, cap 400, LLR sign at the cap. */
  public static SprtGate leelaZero() {
    return new SprtGate(SprtParams.LEELA_ZERO, LEELA_ZERO_CAP, CapRule.LLR_SIGN);
  }

  /** Tengen's default: Leela Zero's test with the cap at {@link #DEFAULT_CAP}. */
  public static SprtGate defaults() {
    return new SprtGate(SprtParams.LEELA_ZERO, DEFAULT_CAP, CapRule.LLR_SIGN);
  }

  /** The underlying test. */
  public Sprt sprt() {
    return sprt;
  }

  @Override
  public GateStatus evaluate(MatchScore score) {
    Sprt.Status s = sprt.status(score);
    String figures =
        String.format(
            Locale.ROOT,
            "SPRT LLR %.3f in (%.3f, %.3f) after %d games (W/L/D %d/%d/%d)",
            s.llr(), s.lowerBound(), s.upperBound(), score.games(), score.wins(), score.losses(),
            score.draws());
    switch (s.result()) {
      case ACCEPT_H1:
        return new GateStatus(Verdict.PROMOTE, figures + ": H1 accepted");
      case ACCEPT_H0:
        return new GateStatus(Verdict.REJECT, figures + ": H0 accepted");
      default:
        break;
    }
    if (score.games() < cap) {
      return new GateStatus(Verdict.CONTINUE, figures);
    }
    boolean promote =
        capRule == CapRule.LLR_SIGN ? s.llr() > 0 : score.scoreRate() > 0.5;
    String why =
        capRule == CapRule.LLR_SIGN
            ? "cap of " + cap + " reached, LLR " + (promote ? "> 0" : "<= 0")
            : String.format(
                Locale.ROOT, "cap of %d reached, score rate %.3f %s 0.5", cap, score.scoreRate(),
                promote ? ">" : "<=");
    return new GateStatus(promote ? Verdict.PROMOTE : Verdict.REJECT, figures + ": " + why);
  }

  @Override
  public int maxGames() {
    return cap;
  }

  @Override
  public String describe() {
    SprtParams p = sprt.params();
    return String.format(
        Locale.ROOT,
        "sprt:elo0=%s,elo1=%s,alpha=%s,beta=%s,cap=%d,at-cap=%s",
        p.elo0(), p.elo1(), p.alpha(), p.beta(), cap,
        capRule == CapRule.LLR_SIGN ? "llr" : "winrate");
  }

  @Override
  public String toString() {
    return describe() + " (H1 Elo " + Elo.format(sprt.params().elo1()) + ")";
  }
}
