package dev.tengen.selfplay.testing;

import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.queue.Indexed;
import dev.tengen.selfplay.queue.QueueReader;
import dev.tengen.selfplay.record.GameRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a queue holds now, read with a plain reader from the start (for assertions). */
public final class QueueContents {
  private QueueContents() {}

  /**
   * Every game record in {@code queue}, in order.
   *
   * @throws dev.tengen.selfplay.record.CorruptRecordException if a record does not decode
   */
  public static List<GameRecord> games(GamesQueue queue) {
    List<GameRecord> out = new ArrayList<>();
    try (QueueReader<GameRecord> reader = queue.readerFromStart()) {
      for (Optional<Indexed<GameRecord>> r = reader.poll(); r.isPresent(); r = reader.poll()) {
        out.add(r.get().value());
      }
    }
    return out;
  }
}
