package dev.tengen.selfplay.record;

import java.nio.charset.StandardCharsets;
import net.openhft.chronicle.bytes.Bytes;

/** Strings in Tengen's binary formats: a u16 byte length, then that many bytes of UTF-8. */
public final class Utf8 {

  /** Longest encodable string, in UTF-8 bytes. */
  public static final int MAX_BYTES = 0xFFFF;

  private Utf8() {}

  /**
   * Writes {@code s} as u16 length + UTF-8.
   *
   * @throws IllegalArgumentException if the UTF-8 form is longer than {@link #MAX_BYTES}
   */
  public static void write(Bytes<?> out, String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > MAX_BYTES) {
      throw new IllegalArgumentException("string of " + utf8.length + " UTF-8 bytes exceeds "
          + MAX_BYTES + ": " + s.substring(0, 40) + "...");
    }
    out.writeUnsignedShort(utf8.length);
    out.write(utf8);
  }

  /**
   * Reads a string written by {@link #write}.
   *
   * @throws IllegalStateException if fewer bytes remain than the length says
   */
  public static String read(Bytes<?> in) {
    int length = in.readUnsignedShort();
    if (in.readRemaining() < length) {
      throw new IllegalStateException(
          "string of " + length + " bytes but only " + in.readRemaining() + " remain");
    }
    byte[] utf8 = new byte[length];
    in.read(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
