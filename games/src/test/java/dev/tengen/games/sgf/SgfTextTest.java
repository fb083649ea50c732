package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SgfTextTest {
  @Test
  void escapesOnlyBackslashAndClosingBracket() {
    assertEquals("a\\]b\\\\c[d\\]:e", SgfText.escape("a]b\\c[d]:e"));
    assertEquals("x\\\\\\]", SgfText.escape("x\\]"));
    assertEquals("plain: text [ok", SgfText.escape("plain: text [ok"));
  }

  @Test
  void decodeUndoesEscape() {
    String text = "Black ] wins \\ by [3] points:\nsecond line";
    assertEquals(text, SgfText.decodeText(SgfText.escape(text)));
  }

  @Test
  void backslashMakesAnyCharacterLiteral() {
    assertEquals("a]b\\c:d", SgfText.decodeText("a\\]b\\\\c\\:d"));
  }

  @Test
  void softLineBreaksDisappearInEveryLineBreakStyle() {
    assertEquals("onetwo", SgfText.decodeText("one\\\ntwo"));
    assertEquals("onetwo", SgfText.decodeText("one\\\r\ntwo"));
    assertEquals("onetwo", SgfText.decodeText("one\\\rtwo"));
    assertEquals("onetwo", SgfText.decodeText("one\\\n\rtwo"));
  }

  @Test
  void hardLineBreaksBecomeNewlinesInTextAndSpacesInSimpleText() {
    assertEquals("a\nb\nc\nd", SgfText.decodeText("a\r\nb\rc\nd"));
    assertEquals("a b c d", SgfText.decodeSimpleText("a\r\nb\rc\nd"));
    assertEquals("a\n\nb", SgfText.decodeText("a\n\nb"));
  }

  @Test
  void otherWhitespaceBecomesASpace() {
    assertEquals("a b c", SgfText.decodeText("a\tb\u000Bc"));
  }
}
