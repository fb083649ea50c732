package dev.tengen.evaluator.ladder;

/** Who won a game, by colour; the journal writes it as {@code B}, {@code W} or {@code 0}. */
public enum Winner {
  BLACK("B"),
  WHITE("W"),
  DRAW("0");

  private final String code;

  Winner(String code) {
    this.code = code;
  }

  /** {@code B}, {@code W} or {@code 0}. */
  public String code() {
    return code;
  }

  /**
   * The winner written as {@code code}.
   *
   * @throws IllegalArgumentException naming the text
   */
  public static Winner ofCode(String code) {
    for (Winner w : values()) {
      if (w.code.equals(code)) {
        return w;
      }
    }
    throw new IllegalArgumentException("winner '" + code + "' is not B, W or 0");
  }
}
