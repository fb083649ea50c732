package dev.tengen.games.sgf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgfParserTest {
  @Test
  void variationsBecomeChildrenAndTheFirstChildIsTheMainLine() {
    List<SgfNode> roots = SgfParser.parse("(;GM[1](;B[aa];W[bb](;B[cc])(;B[dd]))(;B[ee]))");
    assertEquals(1, roots.size());
    SgfNode root = roots.get(0);
    assertEquals(2, root.children().size());
    List<SgfNode> main = root.mainLine();
    assertEquals(4, main.size());
    assertEquals("aa", main.get(1).property("B").get().first().raw());
    assertEquals("bb", main.get(2).property("W").get().first().raw());
    assertEquals("cc", main.get(3).property("B").get().first().raw());
    assertEquals(2, main.get(2).children().size());
    assertEquals("dd", main.get(2).children().get(1).property("B").get().first().raw());
    assertEquals("ee", root.children().get(1).property("B").get().first().raw());
  }

  @Test
  void aCollectionHoldsEveryGame() {
    List<SgfNode> roots = SgfParser.parse("(;SZ[9];B[aa])\n(;SZ[13];B[bb])");
    assertEquals(2, roots.size());
    assertEquals("13", roots.get(1).property("SZ").get().first().raw());
  }

  @Test
  void propertiesKeepOrderRawValuesAndPositions() {
    SgfNode root = SgfParser.parse("(;SZ[19]\n  AB[aa][bb:cc]C[x\\]y])").get(0);
    assertEquals(List.of("SZ", "AB", "C"), root.properties().stream().map(SgfProperty::id).toList());
    SgfProperty ab = root.property("AB").get();
    assertEquals(new SgfPosition(2, 3, 11), ab.at());
    assertEquals("bb:cc", ab.values().get(1).raw());
    assertEquals(new SgfPosition(2, 9, 17), ab.values().get(1).at());
    assertEquals("x\\]y", root.property("C").get().first().raw());
    assertEquals("x]y", root.property("C").get().first().text());
  }

  @Test
  void whitespaceIsAllowedBetweenTokens() {
    SgfNode root = SgfParser.parse("  ( ; SZ [9] [x] \n ; B\t[aa] ) ").get(0);
    assertEquals(2, root.property("SZ").get().values().size());
    assertEquals("aa", root.children().get(0).property("B").get().first().raw());
  }

  @Test
  void ff3LowercaseLettersInIdentifiersAreDropped() {
    SgfNode root = SgfParser.parse("(;GaMe[1]AddBlack[aa])").get(0);
    assertEquals("1", root.property("GM").get().first().raw());
    assertEquals("aa", root.property("AB").get().first().raw());
  }

  @Test
  void aRepeatedIdentifierMergesItsValues() {
    SgfNode root = SgfParser.parse("(;AB[aa]C[x]AB[bb])").get(0);
    assertEquals(List.of("aa", "bb"), root.property("AB").get().values().stream().map(SgfValue::raw).toList());
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    StringBuilder text = new StringBuilder();
    int depth = 50_000;
    for (int i = 0; i < depth; i++) {
      text.append("(;C[").append(i).append(']');
    }
    text.append(")".repeat(depth));
    SgfNode root = SgfParser.parse(text.toString()).get(0);
    assertEquals(depth, root.mainLine().size());
  }

  @Test
  void utf8ByteOrderMarkAndCharactersAreRead() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "(;PB[Lee Sedol 이세돌])".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Lee Sedol 이세돌", SgfParser.parse(bytes).get(0).property("PB").get().first().raw());
  }

  @Test
  void nonUtf8InputIsDecodedWithItsCharsetProperty() {
    byte[] latin1 = "(;CA[ISO-8859-1]PW[Ren\u00e9])".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Ren\u00e9", SgfParser.parse(latin1).get(0).property("PW").get().first().raw());
    byte[] cp1252 = "(;CA[windows-1252]C[\u20ac])".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals("\u20ac", SgfParser.parse(cp1252).get(0).property("C").get().first().raw());
  }

  // ------------------------------------------------------------------ errors, with their positions

  @Test
  void emptyInputHasNoGameTree() {
    assertError("", "no game tree: an SGF file starts with '(;'", 1, 1, 0);
    assertError(" \n ", "no game tree: an SGF file starts with '(;'", 2, 2, 3);
  }

  @Test
  void missingOpeningParenthesisAndSemicolon() {
    assertError("B[aa]", "missing '(;': expected '(;' to start a game tree but found 'B'", 1, 1, 0);
    assertError("\n\n  ;B[aa])", "missing '(;': expected '(;' to start a game tree but found ';'", 3, 3, 4);
    assertError("(B[aa])", "expected ';' after '(' but found 'B': a game tree starts with '(;'", 1, 2, 1);
    assertError("(", "expected ';' after '(' but found the end of input: a game tree starts with '(;'", 1, 2, 1);
  }

  @Test
  void unterminatedValueIsPlacedAtItsOpeningBracket() {
    assertError("(;SZ[19]\nC[a comment\\]\nthat never ends)", "unterminated value of property C: no ']' closes this '['",
        2, 2, 10);
    assertError("(;B[aa", "unterminated value of property B: no ']' closes this '['", 1, 4, 3);
  }

  @Test
  void badPropertyIdentifiers() {
    assertError("(;SZ[9]\n;B1[aa])", "bad property identifier 'B1': identifiers are letters A-Z", 2, 2, 9);
    assertError("(;b[aa])", "bad property identifier 'b': FF[4] identifiers are uppercase letters A-Z", 1, 3, 2);
    assertError("(;SZ[9]*[x])", "bad property identifier: '*' is not a letter", 1, 8, 7);
    assertError("(;SZ[9][x] [y]\n ;  [w])", "value without a property identifier", 2, 5, 19);
  }

  @Test
  void propertyWithoutValue() {
    assertError("(;B;W[aa])", "property B has no value: expected '[' but found ';'", 1, 4, 3);
    assertError("(;SZ )", "property SZ has no value: expected '[' but found ')'", 1, 6, 5);
  }

  @Test
  void unbalancedParentheses() {
    assertError("(;SZ[9]\n(;B[aa])", "game tree not closed: no ')' matches this '('", 1, 1, 0);
    assertError("(;SZ[9]))", "unexpected ')': no game tree is open", 1, 9, 8);
    assertError("(;SZ[9])\nxyz", "expected '(' or the end of input but found 'x'", 2, 1, 9);
  }

  @Test
  void nodesMustComeBeforeVariations() {
    assertError("(;SZ[9](;B[aa]);W[bb])", "node after a variation: a game tree's nodes must come before its variations",
        1, 16, 15);
    assertError("(;SZ[9](;B[aa])C[x])", "unexpected 'C' after a variation: expected '(' or ')'", 1, 16, 15);
  }

  @Test
  void columnsCountCharactersInUtf8AndOffsetsCountBytes() {
    // 'é' is two bytes: the '1' is the 7th character but byte 7.
    assertError("(;C[\u00e9]1[aa])", "bad property identifier: '1' is not a letter", 1, 7, 7);
  }

  @Test
  void everyLineBreakStyleStartsALine() {
    assertError("(;\r\n;\r;\n;B[aa]*)", "bad property identifier: '*' is not a letter", 4, 7, 14);
  }

  private static void assertError(String text, String problem, int line, int column, int offset) {
    SgfException e = assertThrows(SgfException.class, () -> SgfParser.parse(text));
    assertEquals(problem, e.problem());
    assertEquals(new SgfPosition(line, column, offset), e.position(), e.getMessage());
    assertEquals(problem + " at line " + line + ", column " + column + " (byte " + offset + ")", e.getMessage());
  }
}
