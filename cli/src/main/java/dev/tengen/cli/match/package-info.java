/**
 * Ad-hoc matches of {@code tengen evaluate --a SPEC --b SPEC}: {@link
 * dev.tengen.cli.match.PlayerSpec} (what a side is: a checkpoint, GNU Go at a level, any GTP
 * engine, the random player), {@link dev.tengen.cli.match.MatchPlayers} (turns specs into the
 * evaluator's contestants and frees them) and {@link dev.tengen.cli.match.MatchCommand} (plays the
 * match through an {@link dev.tengen.evaluator.EvaluatorDirectory} and prints the summary).
 */
package dev.tengen.cli.match;
