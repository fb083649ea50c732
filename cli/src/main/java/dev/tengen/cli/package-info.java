/**
 * The {@code tengen} launcher: {@link dev.tengen.cli.Main} (the jar's entry point), the picocli
 * command tree ({@link dev.tengen.cli.TengenCommand}) and the process streams passed to every
 * command ({@link dev.tengen.cli.Io}). Depends on every other module; nothing but the
 * end-to-end tests depends on it.
 */
package dev.tengen.cli;
