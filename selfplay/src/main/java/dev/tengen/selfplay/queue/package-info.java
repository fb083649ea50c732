/**
 * The durable queues of a run, on Chronicle Queue: {@link dev.tengen.selfplay.queue.GamesQueue}
 * ({@code runs/NAME/games/}, one game record per excerpt, many appending processes, readers with
 * a durable acknowledged position) and {@link dev.tengen.selfplay.queue.ModelQueue} ({@code
 * runs/NAME/models/}, candidate / promoted / rejected events). Appends are atomic even when the
 * writer is killed mid-write.
 */
package dev.tengen.selfplay.queue;
