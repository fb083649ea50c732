/**
 * The Go engine behind {@code tengen gtp} and {@code tengen play}: the game being built
 * ({@link dev.tengen.cli.engine.GoSession}), the searching agent ({@link
 * dev.tengen.cli.engine.SearchPlayer} over the mcts module), clocks ({@link
 * dev.tengen.cli.engine.TimeManager}), and the GTP commands, one small class per group,
 * assembled by {@link dev.tengen.cli.engine.GtpEngines}.
 */
package dev.tengen.cli.engine;
