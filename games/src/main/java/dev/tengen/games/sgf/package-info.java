/**
 * SGF FF[4] reading and writing for Go records.
 *
 * <p>Three layers, lowest first:
 *
 * <ol>
 *   <li>Syntax: {@link dev.tengen.games.sgf.SgfParser} turns bytes or text into a tree of
 *       {@link dev.tengen.games.sgf.SgfNode}s (every game of a collection, every variation, every
 *       property kept raw with its {@link dev.tengen.games.sgf.SgfPosition}).
 *   <li>Meaning: {@link dev.tengen.games.sgf.SgfReader} follows the main line of one game tree into
 *       an immutable {@link dev.tengen.games.sgf.SgfGame} (size, komi, rules, players, setup stones,
 *       moves with comments); {@link dev.tengen.games.sgf.SgfWriter} prints an {@code SgfGame} back
 *       to FF[4] text.
 *   <li>Play: {@link dev.tengen.games.sgf.SgfGame#toGame()} replays a record with the rules engine
 *       and {@link dev.tengen.games.sgf.SgfGame#fromGame(dev.tengen.games.Game)} records a game.
 * </ol>
 *
 * <p>SGF points are letters counted from the top-left corner; Tengen's action indices count rows
 * from the bottom. {@link dev.tengen.games.sgf.SgfPoints} is the one place that converts between
 * them. Every malformed input is reported by {@link dev.tengen.games.sgf.SgfException} with the
 * line, column and byte offset of the culprit.
 */
package dev.tengen.games.sgf;
