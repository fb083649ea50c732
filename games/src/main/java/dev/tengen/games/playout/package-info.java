/**
 * Fast random playouts: {@link dev.tengen.games.playout.PlayoutBoard}, a board with
 * pseudo-liberties (libego / Pachi style) that plays the rules of
 * {@code dev.tengen.games.Board} with simple ko and suicide forbidden but keeps no exact
 * liberty counts, hash or undo; {@link dev.tengen.games.playout.RandomPlayout}, the uniform
 * random policy that does not fill its own eyes (the same moves as on {@code Board} for the
 * same seed); and {@link dev.tengen.games.playout.XorShiftRandom}, the generator both use.
 *
 * <p>For playouts only: {@code Game}, search and the network's features keep using
 * {@code Board}, whose exact liberties, Zobrist hash and undo they need. Depends on
 * {@code dev.tengen.games} for {@code Stone} and {@code Actions} only.
 */
package dev.tengen.games.playout;
