/**
 * One picocli class per {@code tengen} subcommand, and the flag groups they share: the run
 * ({@link dev.tengen.cli.command.RunOptions}), the configuration layers ({@link
 * dev.tengen.cli.command.ConfigOptions}) and the playing engine ({@link
 * dev.tengen.cli.command.EngineOptions}). Commands only parse flags and wire modules; the work
 * is done elsewhere.
 */
package dev.tengen.cli.command;
