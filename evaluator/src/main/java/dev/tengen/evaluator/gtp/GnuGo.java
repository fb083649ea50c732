package dev.tengen.evaluator.gtp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * GNU Go, the standard outside yardstick (Debian package {@code gnugo}, installed as
 * {@code /usr/games/gnugo}).
 */
public final class GnuGo {

  /** Where Debian's package installs the binary. */
  public static final Path DEBIAN_PATH = Path.of("/usr/games/gnugo");

  private GnuGo() {}

  /** The GNU Go binary: on the PATH as {@code gnugo}, else Debian's path; empty if neither. */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "gnugo"))) {
          return Optional.of(Path.of(dir, "gnugo"));
        }
      }
    }
    return Files.isExecutable(DEBIAN_PATH) ? Optional.of(DEBIAN_PATH) : Optional.empty();
  }

  /**
   * The command line for GNU Go as an opponent of a Tromp-Taylor engine at {@code level} (0–10):
   * {@code gnugo --mode gtp --chinese-rules --capture-all-dead --positional-superko --level N}.
   * Chinese (area) rules and capturing all dead stones make it play games out, so Tromp-Taylor
   * area and its own count agree; positional superko keeps it within the referee's ko rule.
   *
   * @throws IllegalArgumentException if the level is outside 0–10
   * @throws IllegalStateException if GNU Go is not installed (names the package to install)
   */
  public static List<String> command(int level) {
    if (level < 0 || level > 10) {
      throw new IllegalArgumentException("GNU Go level " + level + " is not in 0..10");
    }
    Path binary =
        find()
            .orElseThrow(
                () -> new IllegalStateException(
                    "GNU Go not found on the PATH or at " + DEBIAN_PATH
                        + "; install it with: apt-get install -y gnugo"));
    return List.of(
        binary.toString(), "--mode", "gtp", "--chinese-rules", "--capture-all-dead",
        "--positional-superko", "--level", Integer.toString(level));
  }

  /** The ladder name of GNU Go at a level: {@code gnugo-l<level>}. */
  public static String ladderName(int level) {
    return "gnugo-l" + level;
  }
}
