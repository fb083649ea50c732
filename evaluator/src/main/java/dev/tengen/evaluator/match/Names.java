package dev.tengen.evaluator.match;

/** Checks names used as ladder keys, ids and file-name parts. */
final class Names {

  private Names() {}

  /**
   * @throws IllegalArgumentException naming the field if {@code value} is empty or has a tab, a
   *     line break, a slash or a backslash
   */
  static String check(String value, String field) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(
        c -> c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '\\')) {
      throw new IllegalArgumentException(
          field + " '" + value + "' must be non-empty, without tabs, line breaks or slashes");
    }
    return value;
  }
}
