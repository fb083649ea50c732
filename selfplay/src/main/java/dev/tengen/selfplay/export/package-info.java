/**
 * SGF export of self-play games from the games queue, with the model and search values of each
 * move in its comment; written with {@code dev.tengen.games.sgf.SgfWriter}.
 */
package dev.tengen.selfplay.export;
