package dev.tengen.cli.gtp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parsed GTP command: the optional numeric id, the command name and its arguments, with
 * typed accessors that turn bad arguments into {@link GtpFailure}s naming the argument.
 *
 * <p>Parsing follows GTP 2 section 3.1: control characters other than tab and newline are
 * removed, tabs become spaces, everything after {@code #} is a comment, and a line that is then
 * empty is not a command ({@link #parse} returns {@code null}).
 *
 * @param id the command id as sent ({@code "12"}), or {@code ""} when the command has none
 * @param name the command name, as sent (GTP command names are case-sensitive)
 * @param args the whitespace-separated arguments, never null
 */
public record GtpRequest(String id, String name, List<String> args) {

  public GtpRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    args = List.copyOf(args);
  }

  /**
   * Parses one input line.
   *
   * @return the command, or {@code null} for a line that holds no command (empty or comment)
   */
  public static GtpRequest parse(String rawLine) {
    StringBuilder clean = new StringBuilder(rawLine.length());
    for (int i = 0; i < rawLine.length(); i++) {
      char c = rawLine.charAt(i);
      if (c == '#') {
        break;
      }
      if (c == '\t') {
        clean.append(' ');
      } else if (c >= 32 && c != 127) {
        clean.append(c);
      }
    }
    String[] words = clean.toString().trim().split(" +");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    int first = 0;
    String id = "";
    if (isDigits(words[0])) {
      id = words[0];
      first = 1;
    }
    if (first >= words.length) {
      return new GtpRequest(id, "", List.of());
    }
    return new GtpRequest(id, words[first], List.of(words).subList(first + 1, words.length));
  }

  private static boolean isDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** Number of arguments. */
  public int argCount() {
    return args.size();
  }

  /** Fails unless there are exactly {@code count} arguments. */
  public void expectArgs(int count) throws GtpFailure {
    if (args.size() != count) {
      throw new GtpFailure(
          name + " takes " + count + " argument" + (count == 1 ? "" : "s") + ", got " + args.size());
    }
  }

  /** Fails unless there are between {@code min} and {@code max} arguments (inclusive). */
  public void expectArgs(int min, int max) throws GtpFailure {
    if (args.size() < min || args.size() > max) {
      throw new GtpFailure(
          name + " takes " + min + " to " + max + " arguments, got " + args.size());
    }
  }

  /** The argument at {@code index}; fails naming the command when it is missing. */
  public String arg(int index) throws GtpFailure {
    if (index >= args.size()) {
      throw new GtpFailure(name + ": missing argument " + (index + 1));
    }
    return args.get(index);
  }

  /** The argument at {@code index} lower-cased (for case-insensitive keywords and vertices). */
  public String lowerArg(int index) throws GtpFailure {
    return arg(index).toLowerCase(Locale.ROOT);
  }

  /** The argument as an int in {@code [min, max]}; fails naming the value otherwise. */
  public int intArg(int index, int min, int max) throws GtpFailure {
    String text = arg(index);
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new GtpFailure("not an integer: " + text);
    }
    if (value < min || value > max) {
      throw new GtpFailure(text + " is outside " + min + ".." + max);
    }
    return value;
  }

  /** The argument as a finite decimal number; fails naming the value otherwise. */
  public double doubleArg(int index) throws GtpFailure {
    String text = arg(index);
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || text.endsWith("d") || text.endsWith("f")
          || text.endsWith("D") || text.endsWith("F")) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new GtpFailure("not a number: " + text);
    }
  }

  /** Whether an argument exists at {@code index}. */
  public boolean hasArg(int index) {
    return index < args.size();
  }

  /** The command as a line (id, name, arguments), for logs. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!id.isEmpty()) {
      text.append(id).append(' ');
    }
    text.append(name);
    for (String arg : args) {
      text.append(' ').append(arg);
    }
    return text.toString();
  }
}
