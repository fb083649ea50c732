package dev.tengen.games.sgf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of an SGF input and the map from byte offsets to lines and columns.
 *
 * <p>Built once per input in O(n); {@link #position} costs O(log lines + column).
 */
final class SgfSource {
  private final byte[] bytes;
  private final int[] lineStarts;
  private final boolean utf8;
  /** The last position computed (0-based line), to make the next one on the same line cheap. */
  private int cachedLine = -1;
  private int cachedOffset;
  private int cachedColumn;

  SgfSource(byte[] bytes) {
    this.bytes = bytes;
    this.utf8 = isValidUtf8(bytes);
    int[] starts = new int[16];
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      boolean lineEnds = b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
      if (lineEnds) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return bytes.length;
  }

  /** True if the whole input is well-formed UTF-8 (then columns count characters, not bytes). */
  boolean isUtf8() {
    return utf8;
  }

  /**
   * The line, column and offset of the byte at offset (offset == length() is the end of input).
   * Amortized O(1) when called with increasing offsets, as the parser does; otherwise O(log lines +
   * column).
   */
  SgfPosition position(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int from = lineStarts[line];
    int column = 1;
    if (line == cachedLine && offset >= cachedOffset) {
      from = cachedOffset;
      column = cachedColumn;
    }
    for (int i = from; i < offset; i++) {
      if (!utf8 || (bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    cachedLine = line;
    cachedOffset = offset;
    cachedColumn = column;
    return new SgfPosition(line + 1, column, offset);
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
