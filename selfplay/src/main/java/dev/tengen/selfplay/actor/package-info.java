/**
 * The self-play actor: {@link dev.tengen.selfplay.actor.SelfPlayActor} plays many games per
 * thread with mcts's {@code SearchDriver} over one shared batched {@code PolicyValue}, appends
 * each game to the games queue, and switches models between moves as {@link
 * dev.tengen.selfplay.actor.ModelFollower} loads newly promoted checkpoints; {@link
 * dev.tengen.selfplay.actor.SelfPlayRunner} wires it to a run directory with metrics.
 */
package dev.tengen.selfplay.actor;
