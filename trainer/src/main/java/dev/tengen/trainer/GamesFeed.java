package dev.tengen.trainer;

import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.QueueReader;
import dev.tengen.selfplay.record.CorruptRecordException;
import dev.tengen.selfplay.record.GameRecord;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trainer's view of the games queue: every record once, in queue order, each marked as
 * {@link Kind#REBUILD} (already consumed before the checkpoint the trainer resumed from: it goes
 * back into the window but earns no training credit and is not counted again) or {@link Kind#NEW}.
 *
 * <p>Reading position: the checkpoint is authoritative. A resumed feed first reads, with a
 * plain reader, from the oldest game of the checkpoint's window through the later of the
 * checkpoint's last consumed index and the durable reader's acknowledged index; then it tails the
 * games queue with selfplay's durable reader named {@code readerName}, dropping anything it already
 * delivered. {@link #acknowledge(long)} is called once a checkpoint covering that index is on
 * disk, so the durable position never runs ahead of a complete checkpoint.
 *
 * <p>A record that does not decode (corrupt bytes, an unknown format version) either stops the
 * trainer with an {@link UnusableRecordException} naming its queue index, or, with
 * {@code skipUnreadable}, is delivered once as an item without a record and stepped over with
 * {@link QueueReader#skip()}; a record already delivered (met again when the catch-up reader hands
 * over to the durable one) is stepped over silently. A skipped record counts as read, so the
 * durable position keeps advancing past it. Owned by one thread.
 */
final class GamesFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GamesFeed.class);

  /** Whether a record was consumed before the checkpoint the trainer resumed from. */
  enum Kind {
    REBUILD,
    NEW
  }

  /**
   * One queue record: decoded ({@code record} set) or unreadable ({@code problem} set).
   */
  record Item(long index, Kind kind, GameRecord record, RuntimeException problem) {}

  private final boolean skipUnreadable;
  private final long resumeAfter;
  private final long catchUpEnd;
  private final QueueReader<GameRecord> durable;
  private QueueReader<GameRecord> active;
  private boolean activeIsCatchUp;
  private long lastDelivered = -1;

  /**
   * @param rebuildFrom queue index of the oldest game of the resumed checkpoint's window, or -1
   * @param resumeAfter the resumed checkpoint's last consumed queue index, or -1 for a fresh run
   */
  GamesFeed(GamesQueue queue, String readerName, long rebuildFrom, long resumeAfter,
      boolean skipUnreadable) {
    this.skipUnreadable = skipUnreadable;
    this.resumeAfter = resumeAfter;
    this.durable = queue.durableReader(readerName);
    long acknowledged = durable.acknowledged().orElse(-1);
    this.catchUpEnd = Math.max(resumeAfter, acknowledged);
    if (rebuildFrom >= 0) {
      useCatchUp(queue.readerFrom(rebuildFrom));
    } else if (resumeAfter >= 0) {
      useCatchUp(queue.readerFrom(resumeAfter));
      lastDelivered = resumeAfter; // the reader starts on the last consumed record
    } else if (acknowledged >= 0) {
      useCatchUp(queue.readerFromStart());
    } else {
      active = durable;
      activeIsCatchUp = false;
    }
    if (acknowledged > resumeAfter) {
      LOG.info("durable reader '{}' acknowledged {}h, past the checkpoint's {}h: re-reading the gap",
          readerName, Long.toHexString(acknowledged), Long.toHexString(resumeAfter));
    }
  }

  private void useCatchUp(QueueReader<GameRecord> reader) {
    active = reader;
    activeIsCatchUp = true;
  }

  /**
   * The next record, or null when none is available now. Never blocks.
   *
   * @throws UnusableRecordException if a record not delivered before does not decode and skipping
   *     is off (the feed stays on it: every later poll throws again)
   */
  Item poll() {
    while (true) {
      Item item;
      try {
        Optional<Indexed<GameRecord>> next = active.poll();
        if (next.isEmpty()) {
          if (!activeIsCatchUp) {
            return null;
          }
          switchToDurable();
          continue;
        }
        item = deliver(next.get().index(), next.get().value(), null);
      } catch (CorruptRecordException e) {
        item = stepOver(e);
      }
      if (item != null) {
        return item;
      }
    }
  }

  /**
   * Steps the active reader over the record that did not decode: null if it was delivered before,
   * else the item that reports it.
   *
   * @throws UnusableRecordException if it is new and skipping is off (the reader stays on it)
   */
  private Item stepOver(CorruptRecordException e) {
    long index = e.index();
    if (index > lastDelivered && !skipUnreadable) {
      throw new UnusableRecordException(index, e.problem(), e);
    }
    active.skip();
    return deliver(index, null, e);
  }

  /** The item for the record at {@code index}, or null if it was delivered before. */
  private Item deliver(long index, GameRecord record, RuntimeException problem) {
    if (index <= lastDelivered) {
      return null;
    }
    lastDelivered = index;
    if (activeIsCatchUp && index >= catchUpEnd) {
      switchToDurable();
    }
    return new Item(index, kindOf(index), record, problem);
  }

  private Kind kindOf(long index) {
    return index <= resumeAfter ? Kind.REBUILD : Kind.NEW;
  }

  private void switchToDurable() {
    if (active != durable) {
      active.close();
    }
    active = durable;
    activeIsCatchUp = false;
  }

  /** The index of the last record delivered (read, or skipped as unreadable), or -1. */
  long lastDelivered() {
    return lastDelivered;
  }

  /**
   * Moves the durable reader's acknowledged position to {@code index} when it has read that far
   * (a checkpoint covering it is on disk). Returns whether it moved.
   */
  boolean acknowledge(long index) {
    OptionalLong read = durable.lastReadIndex();
    if (read.isEmpty() || read.getAsLong() < index) {
      return false;
    }
    durable.acknowledge(index);
    return true;
  }

  @Override
  public void close() {
    if (active != durable) {
      active.close();
    }
    durable.close();
  }
}
