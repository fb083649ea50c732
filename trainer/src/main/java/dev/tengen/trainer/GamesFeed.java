package dev.tengen.trainer;

import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.QueueReader;
import dev.tengen.selfplay.record.CorruptRecordException;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.UnknownRecordVersionException;
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
 * {@code skipUnreadable}, is delivered as an item without a record and stepped over. Stepping over
 * needs a fresh reader positioned after it: selfplay's reader stays on a bad record, and a durable
 * reader cannot acknowledge past it, so after a skip the durable position stops advancing for the
 * rest of the session (logged; the checkpoint still records the true position). Owned by one thread.
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

  private final GamesQueue queue;
  private final boolean skipUnreadable;
  private final long resumeAfter;
  private final long catchUpEnd;
  private final QueueReader<GameRecord> durable;
  private QueueReader<GameRecord> active;
  private boolean activeIsCatchUp;
  /** Index the active reader returns next when it has returned nothing yet; -1 = probe. */
  private long activeFirstIndex;
  private long lastDelivered = -1;
  private boolean durableStuck;

  /**
   * @param rebuildFrom queue index of the oldest game of the resumed checkpoint's window, or -1
   * @param resumeAfter the resumed checkpoint's last consumed queue index, or -1 for a fresh run
   */
  GamesFeed(GamesQueue queue, String readerName, long rebuildFrom, long resumeAfter,
      boolean skipUnreadable) {
    this.queue = queue;
    this.skipUnreadable = skipUnreadable;
    this.resumeAfter = resumeAfter;
    this.durable = queue.durableReader(readerName);
    long acknowledged = durable.acknowledged().orElse(-1);
    this.catchUpEnd = Math.max(resumeAfter, acknowledged);
    if (rebuildFrom >= 0) {
      useCatchUp(queue.readerFrom(rebuildFrom), rebuildFrom);
    } else if (resumeAfter >= 0) {
      useCatchUp(queue.readerFrom(resumeAfter), resumeAfter);
      lastDelivered = resumeAfter; // the reader starts on the last consumed record
    } else if (acknowledged >= 0) {
      useCatchUp(queue.readerFromStart(), -1);
    } else {
      active = durable;
      activeIsCatchUp = false;
      activeFirstIndex = -1;
    }
    if (acknowledged > resumeAfter) {
      LOG.info("durable reader '{}' acknowledged {}h, past the checkpoint's {}h: re-reading the gap",
          readerName, Long.toHexString(acknowledged), Long.toHexString(resumeAfter));
    }
  }

  private void useCatchUp(QueueReader<GameRecord> reader, long firstIndex) {
    active = reader;
    activeIsCatchUp = true;
    activeFirstIndex = firstIndex;
  }

  /**
   * The next record, or null when none is available now. Never blocks.
   *
   * @throws UnusableRecordException if a record does not decode and skipping is off
   */
  Item poll() {
    while (true) {
      Optional<Indexed<GameRecord>> next;
      try {
        next = active.poll();
      } catch (CorruptRecordException e) {
        long badIndex = badIndex(e);
        if (!skipUnreadable) {
          throw new UnusableRecordException(badIndex, e.getMessage(), e);
        }
        long following = QueueIndexProbe.indexAfter(queue.dir(), badIndex);
        if (following < 0) {
          // Nothing after it yet: step over it once the queue moves on, so it counts once.
          return null;
        }
        stepOver(badIndex, following);
        if (badIndex <= lastDelivered) {
          continue; // seen before (by the catch-up reader): already counted
        }
        lastDelivered = badIndex;
        return new Item(badIndex, kindOf(badIndex), null, e);
      }
      if (next.isEmpty()) {
        if (activeIsCatchUp) {
          switchToDurable();
          continue;
        }
        return null;
      }
      long index = next.get().index();
      if (index <= lastDelivered) {
        continue;
      }
      lastDelivered = index;
      if (activeIsCatchUp && index >= catchUpEnd) {
        switchToDurable();
      }
      return new Item(index, kindOf(index), next.get().value(), null);
    }
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
    activeFirstIndex = -1;
  }

  private void stepOver(long badIndex, long following) {
    if (active == durable) {
      if (!durableStuck) {
        LOG.warn("stepping over the unreadable record at {}h; the durable games-queue position "
            + "cannot move past it, so it stays behind until a restart (checkpoints keep the true "
            + "position)", Long.toHexString(badIndex));
      }
      durableStuck = true;
    } else {
      active.close();
    }
    active = queue.readerFrom(following);
    activeFirstIndex = following;
  }

  private long badIndex(CorruptRecordException e) {
    if (e instanceof UnknownRecordVersionException unknown && unknown.index() >= 0) {
      return unknown.index();
    }
    OptionalLong last = active.lastReadIndex();
    if (last.isPresent()) {
      return QueueIndexProbe.indexAfter(queue.dir(), last.getAsLong());
    }
    if (activeFirstIndex >= 0) {
      return activeFirstIndex;
    }
    return QueueIndexProbe.indexAfter(queue.dir(), active == durable
        ? durable.acknowledged().orElse(-1) : -1);
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
    if (durableStuck || read.isEmpty() || read.getAsLong() < index) {
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
