package dev.tengen.games.sgf;

/**
 * Where something is in an SGF file: 1-based line and column, and 0-based byte offset.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count characters: in a
 * UTF-8 file a multi-byte character is one column; in any other encoding one byte is one column.
 * {@link #NONE} stands for values that were not read from a file (built in memory).
 *
 * @param line 1-based line, 0 for {@link #NONE}
 * @param column 1-based column, 0 for {@link #NONE}
 * @param offset 0-based byte offset from the start of the input, -1 for {@link #NONE}
 */
public record SgfPosition(int line, int column, int offset) {
  /** The position of something that does not come from a file. */
  public static final SgfPosition NONE = new SgfPosition(0, 0, -1);

  /** @throws IllegalArgumentException if the fields are neither all valid nor {@link #NONE} */
  public SgfPosition {
    boolean none = line == 0 && column == 0 && offset == -1;
    if (!none && (line < 1 || column < 1 || offset < 0)) {
      throw new IllegalArgumentException(
          "bad SGF position: line " + line + ", column " + column + ", offset " + offset);
    }
  }

  /** True unless this is {@link #NONE}. */
  public boolean isKnown() {
    return offset >= 0;
  }

  /** "line 3, column 14 (byte 87)", or "(not from a file)" for {@link #NONE}. */
  @Override
  public String toString() {
    return isKnown()
        ? "line " + line + ", column " + column + " (byte " + offset + ")"
        : "(not from a file)";
  }
}
