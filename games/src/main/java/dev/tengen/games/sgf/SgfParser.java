package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The SGF syntax: bytes or text to a collection of game trees, with every error placed by line,
 * column and byte offset.
 *
 * <p>Grammar (FF[4]): {@code Collection = GameTree+; GameTree = "(" Node+ GameTree* ")"; Node =
 * ";" Property*; Property = Ident Value+; Value = "[" text "]"}, white space allowed between
 * tokens. Accepted beyond the letter of FF[4]: a UTF-8 byte order mark; FF[3] identifiers with
 * lowercase letters ({@code AddBlack} reads as {@code AB}); a repeated identifier in one node
 * (values merged). Anything else is an {@link SgfException}: text before the first {@code (;},
 * {@code (} not followed by {@code ;}, an identifier with other characters than letters, a
 * property without value, a value without its {@code ]}, a node after a variation, unbalanced
 * parentheses, text after the last game tree.
 *
 * <p>Character set: UTF-8 when the whole input is well-formed UTF-8 (ASCII included); otherwise
 * the set named by the {@code CA} property of the first root, when Java knows it; otherwise
 * ISO-8859-1, the FF[4] default. Values are located by scanning bytes for {@code ]}, so double-byte
 * sets whose second bytes can be {@code 0x5D} (Shift_JIS, GBK) are not supported.
 *
 * <p>Cost: O(n) time, memory proportional to the tree; variations nest without recursion, so deep
 * trees cannot overflow the stack.
 */
public final class SgfParser {
  private final SgfSource source;
  private final byte[] b;
  private final Charset charset;
  private int pos;

  private SgfParser(SgfSource source, Charset charset) {
    this.source = source;
    this.b = source.bytes();
    this.charset = charset;
  }

  /**
   * Parses every game tree of an SGF collection.
   *
   * @return the root nodes, at least one, in file order
   * @throws SgfException if the input is not well-formed SGF
   */
  public static List<SgfNode> parse(byte[] bytes) {
    SgfSource source = new SgfSource(requireNonNull(bytes, "bytes"));
    if (source.isUtf8()) {
      return new SgfParser(source, StandardCharsets.UTF_8).collection();
    }
    // ISO-8859-1 maps bytes to chars one to one, so this pass loses nothing; re-read if CA says otherwise.
    List<SgfNode> latin1 = new SgfParser(source, StandardCharsets.ISO_8859_1).collection();
    Charset named = namedCharset(latin1.get(0));
    return named.equals(StandardCharsets.ISO_8859_1) ? latin1 : new SgfParser(source, named).collection();
  }

  /**
   * Parses text already decoded; byte offsets in errors are those of its UTF-8 encoding.
   *
   * @throws SgfException if the text is not well-formed SGF
   */
  public static List<SgfNode> parse(String text) {
    return parse(requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /** One open game tree: where its '(' is and the children list of its last sequence node. */
  private static final class OpenTree {
    final int parenOffset;
    final ArrayList<SgfNode> tailChildren;

    OpenTree(int parenOffset, ArrayList<SgfNode> tailChildren) {
      this.parenOffset = parenOffset;
      this.tailChildren = tailChildren;
    }
  }

  private List<SgfNode> collection() {
    ArrayList<SgfNode> roots = new ArrayList<>();
    Deque<OpenTree> open = new ArrayDeque<>();
    skipByteOrderMark();
    while (true) {
      skipWhitespace();
      if (pos == b.length) {
        if (!open.isEmpty()) {
          throw error("game tree not closed: no ')' matches this '('", open.peek().parenOffset);
        }
        if (roots.isEmpty()) {
          throw error("no game tree: an SGF file starts with '(;'", pos);
        }
        return List.copyOf(roots);
      }
      int c = b[pos] & 0xFF;
      if (c == '(') {
        int paren = pos++;
        skipWhitespace();
        if (pos == b.length || b[pos] != ';') {
          throw error("expected ';' after '(' but found " + describe(pos) + ": a game tree starts with '(;'", pos);
        }
        ArrayList<SgfNode> parentList = open.isEmpty() ? roots : open.peek().tailChildren;
        open.push(new OpenTree(paren, sequence(parentList)));
      } else if (c == ')') {
        if (open.isEmpty()) {
          throw error("unexpected ')': no game tree is open", pos);
        }
        open.pop();
        pos++;
      } else if (open.isEmpty()) {
        throw error(
            (roots.isEmpty() ? "missing '(;': expected '(;' to start a game tree" : "expected '(' or the end of input")
                + " but found " + describe(pos),
            pos);
      } else if (c == ';') {
        throw error("node after a variation: a game tree's nodes must come before its variations", pos);
      } else {
        throw error("unexpected " + describe(pos) + " after a variation: expected '(' or ')'", pos);
      }
    }
  }

  /** Parses ';' nodes as a chain, adds the first to parentList, returns the last one's children. */
  private ArrayList<SgfNode> sequence(ArrayList<SgfNode> parentList) {
    ArrayList<SgfNode> attachTo = parentList;
    while (true) {
      SgfPosition at = source.position(pos++); // before the properties: positions are cheap in order
      List<SgfProperty> properties = properties();
      ArrayList<SgfNode> children = new ArrayList<>(1);
      attachTo.add(SgfNode.parsed(at, properties, children));
      attachTo = children;
      skipWhitespace();
      if (pos == b.length || b[pos] != ';') {
        return children;
      }
    }
  }

  private List<SgfProperty> properties() {
    List<String> ids = new ArrayList<>(2);
    List<SgfPosition> positions = new ArrayList<>(2);
    List<List<SgfValue>> values = new ArrayList<>(2);
    while (true) {
      skipWhitespace();
      if (pos == b.length) {
        break;
      }
      int c = b[pos] & 0xFF;
      if (c == ';' || c == '(' || c == ')') {
        break;
      }
      if (c == '[') {
        throw error("value without a property identifier", pos);
      }
      if (!isLetter(c)) {
        throw error("bad property identifier: " + describe(pos) + " is not a letter", pos);
      }
      SgfPosition at = source.position(pos);
      String id = identifier();
      int index = ids.indexOf(id); // a repeated identifier merges into its first occurrence
      if (index < 0) {
        index = ids.size();
        ids.add(id);
        positions.add(at);
        values.add(new ArrayList<>(1));
      }
      List<SgfValue> list = values.get(index);
      skipWhitespace();
      if (pos == b.length || b[pos] != '[') {
        throw error("property " + id + " has no value: expected '[' but found " + describe(pos), pos);
      }
      while (pos < b.length && b[pos] == '[') {
        list.add(value(id));
        skipWhitespace();
      }
    }
    List<SgfProperty> properties = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      properties.add(new SgfProperty(ids.get(i), values.get(i), positions.get(i)));
    }
    return properties;
  }

  /** Reads letters; returns the FF[4] identifier (its uppercase letters). */
  private String identifier() {
    int start = pos;
    while (pos < b.length && isLetter(b[pos] & 0xFF)) {
      pos++;
    }
    if (pos < b.length && isIdentifierLike(b[pos] & 0xFF)) {
      int end = pos;
      while (end < b.length && (isLetter(b[end] & 0xFF) || isIdentifierLike(b[end] & 0xFF))) {
        end++;
      }
      throw error("bad property identifier '" + ascii(start, end) + "': identifiers are letters A-Z", start);
    }
    String written = ascii(start, pos);
    StringBuilder id = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char ch = written.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        id.append(ch);
      }
    }
    if (id.length() == 0) {
      throw error("bad property identifier '" + written + "': FF[4] identifiers are uppercase letters A-Z", start);
    }
    return id.toString();
  }

  private SgfValue value(String id) {
    int open = pos++;
    int start = pos;
    while (pos < b.length) {
      byte x = b[pos];
      if (x == '\\') {
        pos += 2;
      } else if (x == ']') {
        break;
      } else {
        pos++;
      }
    }
    if (pos >= b.length) {
      pos = b.length;
      throw error("unterminated value of property " + id + ": no ']' closes this '['", open);
    }
    String raw = new String(b, start, pos - start, charset);
    pos++;
    return new SgfValue(raw, source.position(open));
  }

  private void skipByteOrderMark() {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  private void skipWhitespace() {
    while (pos < b.length && (b[pos] & 0xFF) <= ' ') {
      pos++;
    }
  }

  private SgfException error(String problem, int offset) {
    return new SgfException(problem, source.position(offset));
  }

  /** "'x'", "byte 0xC3" or "the end of input", for messages. */
  private String describe(int offset) {
    if (offset >= b.length) {
      return "the end of input";
    }
    int c = b[offset] & 0xFF;
    return c > ' ' && c < 0x7F ? "'" + (char) c + "'" : String.format("byte 0x%02X", c);
  }

  private String ascii(int start, int end) {
    return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static boolean isLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isIdentifierLike(int c) {
    return (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  }

  /** The charset named by the root's CA property, if Java supports it; ISO-8859-1 otherwise. */
  private static Charset namedCharset(SgfNode root) {
    return root.property("CA")
        .map(ca -> {
          try {
            return Charset.forName(ca.first().raw().trim());
          } catch (IllegalArgumentException unknownCharset) {
            return StandardCharsets.ISO_8859_1;
          }
        })
        .orElse(StandardCharsets.ISO_8859_1);
  }
}
