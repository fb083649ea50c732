package dev.tengen.selfplay.queue;

import dev.tengen.selfplay.record.CorruptRecordException;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Writes one value as the whole payload of one queue excerpt, and reads it back.
 *
 * @param <T> the value type
 */
public interface ExcerptCodec<T> {

  /** Appends the encoding of {@code value} at {@code out}'s write position. */
  void write(T value, Bytes<?> out);

  /**
   * Decodes one value from {@code in}'s read position to its read limit.
   *
   * @param index the queue index of the excerpt, carried by the errors
   * @throws CorruptRecordException if the bytes are not a valid encoding; its {@link
   *     CorruptRecordException#index()} is {@code index} (and its message names it)
   */
  T read(Bytes<?> in, long index);
}
