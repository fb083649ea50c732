package dev.tengen.games.sgf;

/**
 * The FF[4] rules for Text and SimpleText values: unescaping raw values and escaping for output.
 *
 * <p>Reading (FF[4] "Text"): a backslash makes the next character literal; a backslash before a
 * line break is a soft line break and disappears with the break; line breaks ({@code \n}, {@code
 * \r\n}, {@code \n\r}, {@code \r}) become {@code \n}; any other white space becomes a space.
 * SimpleText is the same except that line breaks become spaces too.
 *
 * <p>Writing escapes exactly {@code \} and {@code ]} and keeps line breaks as hard breaks, so
 * {@code decodeText(escape(s)).equals(s)} for every string without {@code \r} or tabs.
 */
public final class SgfText {
  private SgfText() {}

  /** The FF[4] Text meaning of a raw value (escapes intact, as between the brackets). */
  public static String decodeText(String raw) {
    return decode(raw, false);
  }

  /** The FF[4] SimpleText meaning of a raw value: as {@link #decodeText} but breaks become spaces. */
  public static String decodeSimpleText(String raw) {
    return decode(raw, true);
  }

  /** The raw form of text: {@code \} and {@code ]} escaped with a backslash, nothing else. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == ']') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String decode(String raw, boolean simple) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    int n = raw.length();
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < n) {
        int breakLength = lineBreakLength(raw, i + 1);
        if (breakLength > 0) {
          i += 1 + breakLength; // soft line break: removed
        } else {
          out.append(raw.charAt(i + 1));
          i += 2;
        }
        continue;
      }
      int breakLength = lineBreakLength(raw, i);
      if (breakLength > 0) {
        out.append(simple ? ' ' : '\n');
        i += breakLength;
        continue;
      }
      out.append(Character.isWhitespace(c) ? ' ' : c);
      i++;
    }
    return out.toString();
  }

  /** Length of the line break starting at i (0 if none): \r\n and \n\r count as one break. */
  private static int lineBreakLength(String s, int i) {
    char c = s.charAt(i);
    if (c != '\n' && c != '\r') {
      return 0;
    }
    if (i + 1 < s.length()) {
      char d = s.charAt(i + 1);
      if ((d == '\n' || d == '\r') && d != c) {
        return 2;
      }
    }
    return 1;
  }
}
