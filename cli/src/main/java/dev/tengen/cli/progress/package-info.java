/**
 * Progress on stderr for long runs: {@link dev.tengen.cli.progress.StatusReporter} (a one-line
 * status of a run read from its metrics, model queue and ladder, printed at a steady interval),
 * {@link dev.tengen.cli.progress.ProgressBar} (bounded work: redrawn in place on a terminal,
 * periodic lines in a log), {@link dev.tengen.cli.progress.MatchProgressLog} (evaluation matches
 * as progress bars) and {@link dev.tengen.cli.progress.Terminals}.
 */
package dev.tengen.cli.progress;
