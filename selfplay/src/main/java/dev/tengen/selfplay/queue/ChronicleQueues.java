package dev.tengen.selfplay.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

/**
 * Opens the Chronicle queues of a run with Tengen's settings, in one place.
 *
 * <p>Settings: binary wire, {@link RollCycles#FAST_DAILY} (one {@code yyyyMMdd'F'.cq4} file per UTC
 * day, up to 2^32 excerpts per day), and the cross-process write-lock timeout below. Chronicle's
 * default unlock mode ({@code LOCKING_PROCESS_DEAD}) breaks the lock of a process that died while
 * holding it once this timeout has passed, so a writer killed mid-append delays the next appender
 * by at most 1.5 × the timeout; a live holder is never overridden.
 */
final class ChronicleQueues {

  /** Write-lock timeout in milliseconds; Chronicle waits 1.5× this before breaking a dead holder's lock. */
  static final long LOCK_TIMEOUT_MS = 4_000;

  static {
    // Belt and braces: every launcher passes these flags (tengen.jvm.flags), but a JVM started
    // without them must still never phone home. Set before any Chronicle class initialises.
    setIfAbsent("chronicle.analytics.disable", "true");
    setIfAbsent("chronicle.announcer.disable", "true");
  }

  private ChronicleQueues() {}

  /**
   * Opens (creating if needed, unless read-only) the queue in {@code dir}.
   *
   * @throws IllegalArgumentException if {@code readOnly} and {@code dir} is not an existing directory
   * @throws UncheckedIOException if the directory cannot be created
   */
  static SingleChronicleQueue open(Path dir, boolean readOnly) {
    if (readOnly) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no queue directory at " + dir.toAbsolutePath());
      }
    } else {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create queue directory " + dir.toAbsolutePath(), e);
      }
    }
    return SingleChronicleQueueBuilder.binary(dir)
        .rollCycle(RollCycles.FAST_DAILY)
        .timeoutMS(LOCK_TIMEOUT_MS)
        .readOnly(readOnly)
        .build();
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
