/**
 * Benchmarks of the games module (JMH; run with the command in games/README.md): random
 * playouts on {@link dev.tengen.games.Board} against a naive flood-fill board measured in the
 * same run, {@link dev.tengen.games.bench.NaiveBoard}, which exists only as that baseline.
 */
package dev.tengen.games.bench;
