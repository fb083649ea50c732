package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.GameRecord;
import java.nio.file.Path;

/**
 * Child process of {@link DurableReaderRestartTest}: a "trainer" reads three records, acknowledges
 * the second, prints {@code ACKED <index>} and waits to be killed.
 */
public final class AckThenDieMain {
  public static void main(String[] args) throws Exception {
    GamesQueue queue = GamesQueue.open(Path.of(args[0]));
    QueueReader<GameRecord> trainer = queue.durableReader("trainer");
    trainer.poll().orElseThrow();
    long second = trainer.poll().orElseThrow().index();
    trainer.poll().orElseThrow();
    trainer.acknowledge(second);
    System.out.println("ACKED " + second);
    System.out.flush();
    Thread.sleep(120_000); // killed here, without closing anything
  }
}
