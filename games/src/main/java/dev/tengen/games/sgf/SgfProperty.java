package dev.tengen.games.sgf;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One property of a node: its identifier and its values, in file order.
 *
 * <p>The identifier is in FF[4] form (uppercase letters only): FF[3] lowercase letters, as in
 * {@code AddBlack}, are dropped by the parser, giving {@code AB}.
 *
 * @param id the identifier, e.g. {@code "AB"}
 * @param values at least one value
 * @param at where the identifier starts, or {@link SgfPosition#NONE}
 */
public record SgfProperty(String id, List<SgfValue> values, SgfPosition at) {
  /** @throws IllegalArgumentException if the identifier is not uppercase letters or there is no value */
  public SgfProperty {
    requireNonNull(id, "id");
    requireNonNull(at, "at");
    if (!isIdentifier(id)) {
      throw new IllegalArgumentException("bad SGF property identifier '" + id + "'");
    }
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("property " + id + " has no value");
    }
  }

  /** The first value. */
  public SgfValue first() {
    return values.get(0);
  }

  /** True if the text is a valid FF[4] property identifier: one or more letters A-Z. */
  public static boolean isIdentifier(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
