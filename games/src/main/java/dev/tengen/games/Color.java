package dev.tengen.games;

/** The colour of a player or of a stone, as used at API edges. */
public enum Color {
  BLACK,
  WHITE;

  /** The other colour. */
  public Color opponent() {
    return this == BLACK ? WHITE : BLACK;
  }

  /** {@link Stone#BLACK} (1) or {@link Stone#WHITE} (2). */
  public int stone() {
    return this == BLACK ? Stone.BLACK : Stone.WHITE;
  }

  /**
   * The colour of a stone value.
   *
   * @throws IllegalArgumentException if {@code stone} is neither {@link Stone#BLACK} nor
   *     {@link Stone#WHITE}
   */
  public static Color ofStone(int stone) {
    if (stone == Stone.BLACK) {
      return BLACK;
    }
    if (stone == Stone.WHITE) {
      return WHITE;
    }
    throw new IllegalArgumentException("not a stone colour: " + stone);
  }

  /** 'B' or 'W', as SGF and GTP write colours. */
  public char sgfLetter() {
    return this == BLACK ? 'B' : 'W';
  }

  /**
   * Parses a colour as GTP and SGF write it: "B", "W", "black", "white" (any case).
   *
   * @throws IllegalArgumentException naming the text if it is none of these
   */
  public static Color parse(String text) {
    switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "b":
      case "black":
        return BLACK;
      case "w":
      case "white":
        return WHITE;
      default:
        throw new IllegalArgumentException("not a colour: '" + text + "' (expected B, W, black or white)");
    }
  }
}
