package dev.tengen.cli.config;

import java.time.Duration;

/**
 * The {@code tengen.selfplay} section: how a self-play actor process spends the machine. With
 * {@code tengen.game} and {@code tengen.search} it makes the self-play module's
 * {@code ActorConfig} ({@link StageConfigs#actor}), whose constructor checks the ranges.
 *
 * @param threads self-play threads, each with its own batch
 * @param gamesPerThread games each thread plays at once (their leaves fill one batch)
 * @param batchCapacity positions per network batch of a thread; 0: games-per-thread x
 *     leaves-in-flight
 * @param maxGames games before the actor stops; 0: until stopped
 * @param seed seed of every random choice of the actor
 * @param metricsInterval how often metrics are appended and logged
 */
public record SelfplaySection(int threads, int gamesPerThread, int batchCapacity, long maxGames,
    long seed, Duration metricsInterval) {}
