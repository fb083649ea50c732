package dev.tengen.cli.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses one flat JSON object per line, the shape every Tengen metrics file writes: string,
 * number, boolean and {@code null} values, no nesting. Values are kept as their text (strings
 * unescaped) and converted by the typed getters. Not a general JSON parser: nested objects and
 * arrays are refused.
 */
public final class FlatJson {
  private final Map<String, String> values;

  private FlatJson(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses {@code line}.
   *
   * @throws IllegalArgumentException naming the position of the first thing that is not a flat
   *     JSON object
   */
  public static FlatJson parse(String line) {
    return new FlatJson(new Parser(line).object());
  }

  /** Whether the key is present (with any value, null included). */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The value as text: a string unescaped, a number or boolean as written; null if absent or null. */
  public String text(String key) {
    return values.get(key);
  }

  /**
   * The value as a number; NaN when absent or {@code null}.
   *
   * @throws IllegalArgumentException if the value is not a number
   */
  public double number(String key) {
    String v = values.get(key);
    if (v == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + key + "\" is not a number: " + v);
    }
  }

  /**
   * The value as a whole number.
   *
   * @throws IllegalArgumentException if absent, null or not a whole number
   */
  public long integer(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("\"" + key + "\" is missing");
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + key + "\" is not a whole number: " + v);
    }
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Map<String, String> object() {
      Map<String, String> out = new LinkedHashMap<>();
      skipSpace();
      expect('{');
      skipSpace();
      if (peek() == '}') {
        i++;
      } else {
        while (true) {
          skipSpace();
          String key = string();
          skipSpace();
          expect(':');
          skipSpace();
          out.put(key, value());
          skipSpace();
          char c = next();
          if (c == '}') {
            break;
          }
          if (c != ',') {
            throw error("expected ',' or '}'");
          }
        }
      }
      skipSpace();
      if (i != s.length()) {
        throw error("text after the object");
      }
      return out;
    }

    private String value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (c == '{' || c == '[') {
        throw error("nested values are not supported");
      }
      int start = i;
      while (i < s.length() && ",} \t".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      if (word.isEmpty()) {
        throw error("missing value");
      }
      return word.equals("null") ? null : word;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(i);
    }

    private char next() {
      char c = peek();
      i++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        i--;
        throw error("expected '" + c + "'");
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at column " + (i + 1));
    }
  }
}
