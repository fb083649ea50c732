/**
 * The game record: {@link dev.tengen.selfplay.record.GameRecord}, an immutable, flat-array value
 * holding one finished self-play game with its per-move search data, and {@link
 * dev.tengen.selfplay.record.GameRecordCodec}, its packed, versioned binary form (byte layout in
 * the codec's Javadoc and the module README). Also unique game ids across processes and replay
 * through the rules engine. Depends only on {@code dev.tengen.games} and Chronicle Bytes.
 */
package dev.tengen.selfplay.record;
