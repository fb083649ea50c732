package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.CorruptRecordException;
import dev.tengen.selfplay.record.UnknownRecordVersionException;
import dev.tengen.selfplay.record.Utf8;
import java.time.Instant;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Binary encoding of {@link ModelEvent}s, little-endian, format version 1:
 *
 * <pre>
 * u16 magic 0x4D54 ("TM" as little-endian bytes 'T','M')   u16 version = 1
 * u8  kind: 1 CANDIDATE, 2 PROMOTED, 3 REJECTED           i64 time, epoch milliseconds
 * str modelId
 * CANDIDATE: str checkpointPath, i64 step, str parentModelId
 * PROMOTED:  str checkpointPath, str previousBestId, f64 score, str reason
 * REJECTED:  f64 score, str reason
 * </pre>
 *
 * where {@code str} is a u16 byte length followed by that many bytes of UTF-8.
 */
public final class ModelEventCodec implements ExcerptCodec<ModelEvent> {

  public static final int MAGIC = 0x4D54;
  public static final int VERSION = 1;
  private static final int CANDIDATE = 1;
  private static final int PROMOTED = 2;
  private static final int REJECTED = 3;
  /** What error messages call an event. */
  private static final String WHAT = "model event";

  @Override
  public void write(ModelEvent event, Bytes<?> out) {
    out.writeUnsignedShort(MAGIC);
    out.writeUnsignedShort(VERSION);
    if (event instanceof ModelEvent.Candidate c) {
      out.writeUnsignedByte(CANDIDATE);
      header(out, c);
      Utf8.write(out, c.checkpointPath());
      out.writeLong(c.step());
      Utf8.write(out, c.parentModelId());
    } else if (event instanceof ModelEvent.Promoted p) {
      out.writeUnsignedByte(PROMOTED);
      header(out, p);
      Utf8.write(out, p.checkpointPath());
      Utf8.write(out, p.previousBestId());
      out.writeDouble(p.score());
      Utf8.write(out, p.reason());
    } else if (event instanceof ModelEvent.Rejected r) {
      out.writeUnsignedByte(REJECTED);
      header(out, r);
      out.writeDouble(r.score());
      Utf8.write(out, r.reason());
    } else {
      throw new IllegalArgumentException("unknown model event " + event);
    }
  }

  private static void header(Bytes<?> out, ModelEvent event) {
    out.writeLong(event.time().toEpochMilli());
    Utf8.write(out, event.modelId());
  }

  @Override
  public ModelEvent read(Bytes<?> in, long index) {
    try {
      int magic = in.readUnsignedShort();
      if (magic != MAGIC) {
        throw new CorruptRecordException(WHAT, index, "bad magic 0x" + Integer.toHexString(magic)
            + " (expected 0x" + Integer.toHexString(MAGIC) + ")");
      }
      int version = in.readUnsignedShort();
      if (version != VERSION) {
        throw new UnknownRecordVersionException(WHAT, version, index, VERSION);
      }
      int kind = in.readUnsignedByte();
      Instant time = Instant.ofEpochMilli(in.readLong());
      String modelId = Utf8.read(in);
      switch (kind) {
        case CANDIDATE:
          return new ModelEvent.Candidate(time, modelId, Utf8.read(in), in.readLong(), Utf8.read(in));
        case PROMOTED:
          return new ModelEvent.Promoted(time, modelId, Utf8.read(in), Utf8.read(in), in.readDouble(),
              Utf8.read(in));
        case REJECTED:
          return new ModelEvent.Rejected(time, modelId, in.readDouble(), Utf8.read(in));
        default:
          throw new CorruptRecordException(WHAT, index, "unknown event kind " + kind);
      }
    } catch (CorruptRecordException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CorruptRecordException(WHAT, index,
          "truncated or invalid (" + e.getMessage() + ")", e);
    }
  }
}
