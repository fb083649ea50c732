/**
 * Benchmarks of the games module (run with the commands in games/README.md): random playouts on
 * {@link dev.tengen.games.Board} and on the pseudo-liberty
 * {@link dev.tengen.games.playout.PlayoutBoard} against a naive flood-fill board measured in
 * the same run, {@link dev.tengen.games.bench.NaiveBoard}, which exists only as that baseline
 * (JMH {@code PlayoutBenchmark}, and {@code PlayoutTimer} per CPU-second of the thread); and the
 * cost of {@code Game.legalActions} under positional superko ({@code LegalActionsTimer}).
 * {@link dev.tengen.games.bench.Playouts}, the policy on {@code Board}, is also the reference
 * the playout tests compare {@link dev.tengen.games.playout.RandomPlayout} with.
 */
package dev.tengen.games.bench;
