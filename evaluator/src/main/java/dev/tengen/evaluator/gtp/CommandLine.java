package dev.tengen.evaluator.gtp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits a command line the way a POSIX shell splits words, without expansions. */
public final class CommandLine {

  private CommandLine() {}

  /**
   * Splits {@code line} into words: whitespace separates, single quotes keep everything literal,
   * double quotes keep whitespace, a backslash escapes the next character outside single quotes.
   * A bare {@code gnugo} that is not on the PATH becomes {@code /usr/games/gnugo} when that exists
   * (Debian installs it there).
   *
   * @throws IllegalArgumentException if a quote is not closed or the line has no words
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
        inWord = true;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed " + quote + " quote in command '" + line + "'");
    }
    if (inWord) {
      words.add(word.toString());
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("command line '" + line + "' is empty");
    }
    if (words.get(0).equals("gnugo") && !onPath("gnugo") && Files.isExecutable(GnuGo.DEBIAN_PATH)) {
      words.set(0, GnuGo.DEBIAN_PATH.toString());
    }
    return words;
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
