package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

/**
 * One property value as it stands in the file: the text between {@code [} and {@code ]}, escapes
 * intact, decoded with the file's character set, and where its {@code [} is.
 *
 * @param raw the value with its escapes, never null
 * @param at the position of the opening bracket, or {@link SgfPosition#NONE}
 */
public record SgfValue(String raw, SgfPosition at) {
  public SgfValue {
    requireNonNull(raw, "raw");
    requireNonNull(at, "at");
  }

  /** The value read as FF[4] Text (comments): see {@link SgfText#decodeText}. */
  public String text() {
    return SgfText.decodeText(raw);
  }

  /** The value read as FF[4] SimpleText (names, dates, results): see {@link SgfText#decodeSimpleText}. */
  public String simpleText() {
    return SgfText.decodeSimpleText(raw);
  }
}
