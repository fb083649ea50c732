/**
 * Self-play: actors that play games with mcts and a network and append them to a run's games
 * queue, the records they write, the queues the stages talk through, and SGF export.
 *
 * <p>Sub-packages, lowest first: {@code record} (the versioned binary {@code GameRecord} and its
 * codec; depends on games), {@code queue} (Chronicle Queue: the games queue with durable
 * readers, the model queue), {@code export} (SGF files from the games queue), {@code actor} (the
 * self-play actor, model following, metrics; depends on mcts and network). {@link
 * dev.tengen.selfplay.RunLayout} names the directories of a run.
 */
package dev.tengen.selfplay;
