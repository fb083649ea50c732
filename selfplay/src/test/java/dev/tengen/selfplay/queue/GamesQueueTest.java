package dev.tengen.selfplay.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.selfplay.record.CorruptRecordException;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.GameRecordCodec;
import dev.tengen.selfplay.record.SampleRecords;
import dev.tengen.selfplay.record.UnknownRecordVersionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GamesQueueTest {

  @TempDir Path dir;

  private static GameRecord sample(int i) {
    return SampleRecords.random(i, 9, 40 + i, 20);
  }

  private static List<Indexed<GameRecord>> drain(QueueReader<GameRecord> reader) {
    List<Indexed<GameRecord>> out = new ArrayList<>();
    for (Optional<Indexed<GameRecord>> r = reader.poll(); r.isPresent(); r = reader.poll()) {
      out.add(r.get());
    }
    return out;
  }

  @Test
  void recordsComeBackInOrderFromTheStartOrFromAnIndex() {
    List<Long> indices = new ArrayList<>();
    try (GamesQueue queue = GamesQueue.open(dir)) {
      for (int i = 0; i < 20; i++) {
        indices.add(queue.append(sample(i)));
      }
      try (QueueReader<GameRecord> reader = queue.readerFromStart()) {
        List<Indexed<GameRecord>> all = drain(reader);
        assertEquals(20, all.size());
        for (int i = 0; i < 20; i++) {
          assertEquals(sample(i), all.get(i).value());
          assertEquals(indices.get(i), all.get(i).index());
        }
      }
      try (QueueReader<GameRecord> reader = queue.readerFrom(indices.get(15))) {
        List<Indexed<GameRecord>> tail = drain(reader);
        assertEquals(5, tail.size());
        assertEquals(sample(15), tail.get(0).value());
      }
      List<GameRecord> range = new ArrayList<>();
      assertEquals(3, queue.forEach(indices.get(4), indices.get(6), r -> range.add(r.value())));
      assertEquals(List.of(sample(4), sample(5), sample(6)), range);
      assertEquals(indices.get(0), queue.firstIndex());
      assertEquals(indices.get(19), queue.lastIndex());
      assertThrows(IllegalArgumentException.class, () -> queue.readerFrom(indices.get(19) + 1000));
    }
  }

  @Test
  void aReaderSeesRecordsAppendedAfterItReachedTheEnd() {
    try (GamesQueue queue = GamesQueue.open(dir);
         QueueReader<GameRecord> reader = queue.readerFromStart()) {
      assertTrue(reader.poll().isEmpty());
      assertEquals(-1, queue.lastIndex());
      queue.append(sample(1));
      assertEquals(sample(1), reader.poll().orElseThrow().value());
      assertTrue(reader.poll().isEmpty());
    }
  }

  @Test
  void durableReaderResumesAfterItsAcknowledgedIndexAfterAReopen() {
    long third;
    try (GamesQueue queue = GamesQueue.open(dir)) {
      for (int i = 0; i < 6; i++) {
        queue.append(sample(i));
      }
      try (QueueReader<GameRecord> trainer = queue.durableReader("trainer")) {
        assertEquals(OptionalLong.empty(), trainer.acknowledged());
        trainer.poll();
        trainer.poll();
        third = trainer.poll().orElseThrow().index();
        trainer.poll(); // read but never acknowledged: must come again after the restart
        trainer.acknowledge(third);
        long fourth = trainer.lastReadIndex().getAsLong();
        assertThrows(IllegalArgumentException.class, () -> trainer.acknowledge(fourth + 1));
        trainer.acknowledge(third - 1); // lower: ignored
        assertEquals(OptionalLong.of(third), trainer.acknowledged());
      }
    }
    try (GamesQueue queue = GamesQueue.open(dir);
         QueueReader<GameRecord> trainer = queue.durableReader("trainer");
         QueueReader<GameRecord> other = queue.durableReader("exporter")) {
      assertEquals(OptionalLong.of(third), trainer.acknowledged());
      List<Indexed<GameRecord>> rest = drain(trainer);
      assertEquals(List.of(sample(3), sample(4), sample(5)),
          rest.stream().map(Indexed::value).toList());
      assertEquals(sample(0), other.poll().orElseThrow().value());
    }
  }

  @Test
  void badReaderNamesAndReadOnlyMisuseAreRejected() {
    try (GamesQueue queue = GamesQueue.open(dir)) {
      queue.append(sample(0));
      assertThrows(IllegalArgumentException.class, () -> queue.durableReader("a b"));
      assertThrows(IllegalArgumentException.class, () -> queue.durableReader(""));
      try (QueueReader<GameRecord> plain = queue.readerFromStart()) {
        plain.poll();
        assertThrows(IllegalStateException.class, () -> plain.acknowledge(0));
        assertFalse(plain.isDurable());
      }
    }
    try (GamesQueue readOnly = GamesQueue.openReadOnly(dir)) {
      assertEquals(1, readOnly.forEach(-1, Long.MAX_VALUE, r -> { }));
      assertThrows(IllegalStateException.class, () -> readOnly.append(sample(1)));
      assertThrows(IllegalStateException.class, () -> readOnly.durableReader("trainer"));
    }
    assertThrows(IllegalArgumentException.class,
        () -> GamesQueue.openReadOnly(dir.resolve("missing")));
  }

  @Test
  void unknownRecordVersionInTheQueueIsRejectedNamingVersionAndIndex() {
    byte[] future = GameRecordCodec.toBytes(sample(1));
    future[2] = 2; // format version 2
    long badIndex;
    try (QueueLog<byte[]> raw = new QueueLog<>(dir, new RawCodec(), false)) {
      raw.append(GameRecordCodec.toBytes(sample(0)));
      badIndex = raw.append(future);
    }
    try (GamesQueue queue = GamesQueue.open(dir);
         QueueReader<GameRecord> reader = queue.readerFromStart()) {
      assertEquals(sample(0), reader.poll().orElseThrow().value());
      UnknownRecordVersionException e =
          assertThrows(UnknownRecordVersionException.class, reader::poll);
      assertEquals(2, e.version());
      assertEquals(badIndex, e.index());
      assertTrue(e.getMessage().contains("unknown format version 2"), e.getMessage());
      assertTrue(e.getMessage().contains("0x" + Long.toHexString(badIndex) + " (" + badIndex + ")"),
          e.getMessage());
      // the reader does not skip the bad record silently
      assertThrows(UnknownRecordVersionException.class, reader::poll);
    }
  }

  @Test
  void aCorruptRecordMidQueueNamesItsIndexUntilSkippedAndDurableReadersResumeAfterIt() {
    long bad;
    long afterBad;
    try (QueueLog<byte[]> raw = new QueueLog<>(dir, new RawCodec(), false)) {
      raw.append(GameRecordCodec.toBytes(sample(0)));
      raw.append(GameRecordCodec.toBytes(sample(1)));
      bad = raw.append(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
      afterBad = raw.append(GameRecordCodec.toBytes(sample(3)));
      raw.append(GameRecordCodec.toBytes(sample(4)));
    }
    try (GamesQueue queue = GamesQueue.open(dir);
         QueueReader<GameRecord> trainer = queue.durableReader("trainer");
         QueueReader<GameRecord> auditor = queue.durableReader("auditor")) {
      assertEquals(sample(0), trainer.poll().orElseThrow().value());
      long second = trainer.poll().orElseThrow().index();
      assertThrows(IllegalStateException.class, trainer::skip); // nothing undecodable yet
      CorruptRecordException e = assertThrows(CorruptRecordException.class, trainer::poll);
      assertEquals(bad, e.index());
      assertTrue(e.getMessage().startsWith("game record at queue index 0x" + Long.toHexString(bad)
          + " (" + bad + "): bad magic 0x201"), e.getMessage());
      assertEquals(bad, assertThrows(CorruptRecordException.class, trainer::poll).index()); // stays
      // not moved past it yet, so it cannot be acknowledged
      assertThrows(IllegalArgumentException.class, () -> trainer.acknowledge(bad));
      assertEquals(OptionalLong.of(second), trainer.lastReadIndex());

      assertEquals(bad, trainer.skip());
      assertEquals(OptionalLong.of(bad), trainer.lastReadIndex());
      assertThrows(IllegalStateException.class, trainer::skip); // skips one excerpt, once
      Indexed<GameRecord> next = trainer.poll().orElseThrow();
      assertEquals(afterBad, next.index());
      assertEquals(sample(3), next.value());
      trainer.acknowledge(next.index());
      assertEquals(OptionalLong.of(afterBad), trainer.acknowledged());

      auditor.poll();
      auditor.poll();
      assertEquals(bad, assertThrows(CorruptRecordException.class, auditor::poll).index());
      assertEquals(bad, auditor.skip());
      auditor.acknowledge(bad); // the skipped excerpt itself
      assertEquals(OptionalLong.of(bad), auditor.acknowledged());
    }
    try (GamesQueue queue = GamesQueue.open(dir);
         QueueReader<GameRecord> trainer = queue.durableReader("trainer");
         QueueReader<GameRecord> auditor = queue.durableReader("auditor")) {
      assertEquals(List.of(sample(4)), drain(trainer).stream().map(Indexed::value).toList());
      assertEquals(List.of(sample(3), sample(4)),
          drain(auditor).stream().map(Indexed::value).toList());
    }
  }

  @Test
  void whateverACodecThrowsTheReaderReportsAsADecodeErrorCarryingTheIndex() {
    long bad;
    try (QueueLog<byte[]> raw = new QueueLog<>(dir, new RawCodec(), false)) {
      raw.append(new byte[] {1});
      bad = raw.append(new byte[] {2});
      raw.append(new byte[] {3});
    }
    ExcerptCodec<Integer> failsOnTwo = new ExcerptCodec<>() {
      @Override
      public void write(Integer value, Bytes<?> out) {
        out.writeByte(value.byteValue());
      }

      @Override
      public Integer read(Bytes<?> in, long index) {
        int b = in.readByte();
        if (b == 2) {
          throw new IllegalStateException("a codec bug");
        }
        return b;
      }
    };
    try (QueueLog<Integer> log = new QueueLog<>(dir, failsOnTwo, false);
         QueueReader<Integer> reader = log.readerFromStart()) {
      assertEquals(1, reader.poll().orElseThrow().value());
      CorruptRecordException e = assertThrows(CorruptRecordException.class, reader::poll);
      assertEquals(bad, e.index());
      assertTrue(e.getMessage().startsWith("excerpt at queue index 0x" + Long.toHexString(bad)
          + " (" + bad + "): does not decode ("), e.getMessage());
      assertTrue(e.getMessage().contains("a codec bug"), e.getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
      assertEquals(bad, reader.skip());
      assertEquals(3, reader.poll().orElseThrow().value());
      assertTrue(reader.poll().isEmpty());
    }
  }

  /** Writes byte arrays as they are: for planting foreign records. */
  static final class RawCodec implements ExcerptCodec<byte[]> {
    @Override
    public void write(byte[] value, Bytes<?> out) {
      out.write(value);
    }

    @Override
    public byte[] read(Bytes<?> in, long index) {
      byte[] b = new byte[(int) in.readRemaining()];
      in.read(b);
      return b;
    }
  }
}
