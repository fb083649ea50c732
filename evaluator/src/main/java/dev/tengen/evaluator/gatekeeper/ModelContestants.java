package dev.tengen.evaluator.gatekeeper;

import dev.tengen.evaluator.match.Contestant;

/**
 * Turns a model on the queue into a {@link Contestant}: in production, loads the checkpoint into
 * the network module's batched evaluator and wraps it in a {@link
 * dev.tengen.evaluator.match.SearchContestant} with the gating search parameters; in tests, any
 * in-process player. If the returned contestant is {@link AutoCloseable}, the gatekeeper closes it
 * after the match (to free the network).
 */
@FunctionalInterface
public interface ModelContestants {

  /**
   * The contestant for a model, named {@code modelId}.
   *
   * @throws Exception if the checkpoint cannot be read or built
   */
  Contestant load(String modelId, String checkpointPath) throws Exception;
}
