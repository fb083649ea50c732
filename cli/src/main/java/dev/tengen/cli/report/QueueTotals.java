package dev.tengen.cli.report;

/**
 * What the games queue holds.
 *
 * @param games game records in the queue
 * @param moves moves of those games (positions generated)
 * @param fullSearchMoves of those, moves with a full search (the trainer's rows)
 */
public record QueueTotals(long games, long moves, long fullSearchMoves) {
  /** An empty queue. */
  public static final QueueTotals EMPTY = new QueueTotals(0, 0, 0);
}
