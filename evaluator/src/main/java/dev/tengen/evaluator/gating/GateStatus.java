package dev.tengen.evaluator.gating;

import java.util.Objects;

/**
 * A gating rule's answer with the figures behind it.
 *
 * @param verdict continue, promote or reject
 * @param explanation one line for logs and the model queue, e.g. {@code "SPRT LLR 2.97 > 2.94"}
 */
public record GateStatus(Verdict verdict, String explanation) {

  /** @throws NullPointerException if a field is null */
  public GateStatus {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
  }
}
