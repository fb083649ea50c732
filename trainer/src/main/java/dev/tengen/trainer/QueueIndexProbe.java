package dev.tengen.trainer;

import java.nio.file.Path;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Finds excerpt indices in the games queue without decoding excerpts: what the trainer needs to
 * name, and step over, a record that does not decode (selfplay's reader stays on such a record and
 * its exception does not carry the index). Opens the queue read-only with the settings selfplay
 * writes it with (binary wire, FAST_DAILY roll cycle). Used only on the rare unreadable record.
 */
final class QueueIndexProbe {
  private QueueIndexProbe() {}

  /**
   * The index of the excerpt right after {@code index}, or of the first excerpt when
   * {@code index < 0}; -1 when no such excerpt exists (yet).
   *
   * @throws IllegalArgumentException if {@code index >= 0} is not an excerpt of the queue
   */
  static long indexAfter(Path gamesDir, long index) {
    try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(gamesDir)
            .rollCycle(RollCycles.FAST_DAILY)
            .readOnly(true)
            .build();
        ExcerptTailer tailer = queue.createTailer()) {
      if (index < 0) {
        tailer.toStart();
      } else {
        if (!tailer.moveToIndex(index)) {
          throw new IllegalArgumentException(
              "no excerpt at index " + Long.toHexString(index) + "h in " + gamesDir);
        }
        try (DocumentContext dc = tailer.readingDocument()) {
          if (!dc.isPresent()) {
            throw new IllegalArgumentException(
                "no excerpt at index " + Long.toHexString(index) + "h in " + gamesDir);
          }
        }
      }
      try (DocumentContext dc = tailer.readingDocument()) {
        return dc.isPresent() ? dc.index() : -1;
      }
    }
  }
}
