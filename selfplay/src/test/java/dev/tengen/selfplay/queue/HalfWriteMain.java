package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.GameRecordCodec;
import dev.tengen.selfplay.record.SampleRecords;
import java.nio.file.Path;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Child process of {@link KillMidWriteTest}: appends {@code count} whole records, then starts a
 * fourth document, writes half of its bytes, prints {@code HALF} and waits to be killed.
 */
public final class HalfWriteMain {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    try (GamesQueue queue = GamesQueue.open(dir)) {
      for (int i = 0; i < count; i++) {
        System.out.println("APPENDED " + queue.append(SampleRecords.random(i, 9, 50, 20)));
      }
    }
    SingleChronicleQueue raw = ChronicleQueues.open(dir, false);
    ExcerptAppender appender = raw.createAppender();
    byte[] whole = GameRecordCodec.toBytes(SampleRecords.random(count, 9, 50, 20));
    DocumentContext dc = appender.writingDocument();
    dc.wire().bytes().write(whole, 0, whole.length / 2);
    System.out.println("HALF");
    System.out.flush();
    Thread.sleep(120_000);
    dc.close(); // never reached: the test kills this process first
  }
}
