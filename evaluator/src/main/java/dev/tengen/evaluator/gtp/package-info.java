/**
 * A GTP version 2 client for outside engines run as subprocesses (GNU Go, other Go programs,
 * Tengen's own {@code tengen gtp}). {@link dev.tengen.evaluator.gtp.GtpClient} is one process:
 * numbered commands, multi-line {@code = ...}/{@code ? ...} replies, a timeout per command,
 * crash detection (process exit, end of output), stderr drained to a log so the engine never
 * blocks on a full pipe, and a clean quit that falls back to killing the process tree.
 * {@link dev.tengen.evaluator.gtp.GtpEngine} restarts a crashed or hung process on next use.
 * {@link dev.tengen.evaluator.gtp.GnuGo} builds GNU Go's command line. Depends on the JDK only.
 */
package dev.tengen.evaluator.gtp;
