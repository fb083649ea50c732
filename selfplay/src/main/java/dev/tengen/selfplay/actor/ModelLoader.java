package dev.tengen.selfplay.actor;

import dev.tengen.selfplay.queue.ModelEvent;

/**
 * Turns a promoted model (its id and checkpoint path) into a {@link LoadedModel}. The CLI wires
 * the network module's checkpoint reader here; tests use fakes. May be slow (reads and builds a
 * network): {@link ModelFollower} calls it off the self-play threads.
 */
@FunctionalInterface
public interface ModelLoader {

  /**
   * Loads the model.
   *
   * @throws Exception if the checkpoint cannot be read or built; the follower logs it and keeps
   *     the previous model
   */
  LoadedModel load(ModelEvent.Promoted promoted) throws Exception;
}
