/**
 * GTP version 2, independent of Go: a registry of command handlers and the read-answer loop
 * ({@link dev.tengen.cli.gtp.GtpServer}), parsed commands with typed arguments ({@link
 * dev.tengen.cli.gtp.GtpRequest}), failures answered {@code ? message} ({@link
 * dev.tengen.cli.gtp.GtpFailure}), and streaming responses for analysis commands.
 */
package dev.tengen.cli.gtp;
