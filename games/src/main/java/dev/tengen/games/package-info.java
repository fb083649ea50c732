/**
 * The rules of Go: a fast board for the hot loop, the game with its history, and the values
 * used at the module's edges.
 *
 * <ul>
 *   <li>{@link dev.tengen.games.Board}: stones, chains, exact liberty counts, captures, simple ko
 *       point, Zobrist hash, play and undo through a preallocated undo log. Plain ints, no
 *       allocation per move. Knows nothing of turns, passes ending the game or superko.</li>
 *   <li>{@link dev.tengen.games.Game}: a board plus history: side to move, positional superko,
 *       suicide rule, passes, resignation, move cap, Tromp-Taylor scoring. What every other
 *       module uses.</li>
 *   <li>Values at the edges: {@link dev.tengen.games.Color}, {@link dev.tengen.games.Point},
 *       {@link dev.tengen.games.Move}, {@link dev.tengen.games.Rules},
 *       {@link dev.tengen.games.GameResult}; ints inside ({@link dev.tengen.games.Stone},
 *       {@link dev.tengen.games.Actions}).</li>
 *   <li>{@link dev.tengen.games.playout}: a second board for random playouts only
 *       (pseudo-liberties, simple ko, no undo), checked move by move against {@code Board}.</li>
 * </ul>
 *
 * <p>Depends on nothing but the JDK (and Guava). Knows nothing of search or networks.
 */
package dev.tengen.games;
