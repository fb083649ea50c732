/** {@code tengen play}: a game against the agent in a terminal, driven by plain streams. */
package dev.tengen.cli.play;
