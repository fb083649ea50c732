package dev.tengen.selfplay.actor;

/**
 * Where an actor gets the model to play with. Polled between moves; returning a different
 * instance switches the actor to it at each game's next move boundary.
 */
@FunctionalInterface
public interface ModelSource {

  /** The model to use now; never null once the actor runs. Called often: must be cheap. */
  LoadedModel current();

  /** A source that always returns {@code model} (tests, benchmarks, a fixed net). */
  static ModelSource fixed(LoadedModel model) {
    return () -> model;
  }
}
