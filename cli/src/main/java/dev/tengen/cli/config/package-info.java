/**
 * Configuration of the launcher: the shipped {@code reference.conf} (every knob, its default and a
 * comment), a run's {@code config} file, {@code --set} overrides, and their mapping onto the
 * modules' params records ({@link dev.tengen.cli.config.RecordBinder}), which remain the single
 * definition of each knob's range. Errors name the key and the file and line it came from.
 */
package dev.tengen.cli.config;
