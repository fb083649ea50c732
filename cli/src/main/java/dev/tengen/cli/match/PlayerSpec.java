package dev.tengen.cli.match;

import dev.tengen.evaluator.gtp.CommandLine;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One side of a match as written on the command line: {@code ckpt:PATH} (a checkpoint searched
 * with match search parameters), {@code gnugo:LEVEL} (GNU Go at level 0 to 10), {@code gtp:COMMAND
 * LINE} (any GTP engine, the command line split like a shell's) or {@code random} (uniformly
 * random legal moves that fill no own eye).
 *
 * @param kind what kind of player
 * @param argument the checkpoint path, the level (as text) or the command line; empty for {@code
 *     random}
 */
public record PlayerSpec(Kind kind, String argument) {

  /** The kinds of player a spec names. */
  public enum Kind {
    /** A checkpoint file, played by search. */
    CHECKPOINT,
    /** GNU Go at a level. */
    GNUGO,
    /** Any GTP engine by command line. */
    GTP,
    /** The random player. */
    RANDOM
  }

  /** Highest GNU Go level. */
  public static final int MAX_GNUGO_LEVEL = 10;

  /** @throws NullPointerException if a field is null */
  public PlayerSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(argument, "argument");
  }

  /**
   * Parses a spec.
   *
   * @throws IllegalArgumentException quoting the spec and saying what is wrong: unknown prefix,
   *     empty path, an empty or unbalanced command line, a level that is not an integer in 0..10, text after {@code
   *     random}
   */
  public static PlayerSpec parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String text = spec.strip();
    if (text.equals("random")) {
      return new PlayerSpec(Kind.RANDOM, "");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw bad(spec, "expected ckpt:PATH, gnugo:LEVEL, gtp:COMMAND or random");
    }
    String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = text.substring(colon + 1).strip();
    switch (prefix) {
      case "ckpt" -> {
        if (rest.isEmpty()) {
          throw bad(spec, "ckpt: needs a checkpoint path");
        }
        return new PlayerSpec(Kind.CHECKPOINT, rest);
      }
      case "gnugo" -> {
        int level;
        try {
          level = Integer.parseInt(rest);
        } catch (NumberFormatException e) {
          throw bad(spec, "gnugo: needs a level 0.." + MAX_GNUGO_LEVEL);
        }
        if (level < 0 || level > MAX_GNUGO_LEVEL) {
          throw bad(spec, "GNU Go level " + level + " outside 0.." + MAX_GNUGO_LEVEL);
        }
        return new PlayerSpec(Kind.GNUGO, Integer.toString(level));
      }
      case "gtp" -> {
        if (rest.isEmpty()) {
          throw bad(spec, "gtp: needs the engine's command line");
        }
        try {
          CommandLine.split(rest);
        } catch (IllegalArgumentException e) {
          throw bad(spec, e.getMessage());
        }
        return new PlayerSpec(Kind.GTP, rest);
      }
      case "random" -> throw bad(spec, "random takes no argument");
      default -> throw bad(spec,
          "unknown player kind '" + prefix + "' (expected ckpt, gnugo, gtp or random)");
    }
  }

  /** The checkpoint path of a {@link Kind#CHECKPOINT} spec. */
  public Path checkpoint() {
    requireKind(Kind.CHECKPOINT);
    return Path.of(argument);
  }

  /** The level of a {@link Kind#GNUGO} spec. */
  public int gnuGoLevel() {
    requireKind(Kind.GNUGO);
    return Integer.parseInt(argument);
  }

  /** The spec as it would be written on the command line. */
  @Override
  public String toString() {
    return switch (kind) {
      case CHECKPOINT -> "ckpt:" + argument;
      case GNUGO -> "gnugo:" + argument;
      case GTP -> "gtp:" + argument;
      case RANDOM -> "random";
    };
  }

  private void requireKind(Kind wanted) {
    if (kind != wanted) {
      throw new IllegalStateException("spec " + this + " is not " + wanted);
    }
  }

  private static IllegalArgumentException bad(String spec, String why) {
    return new IllegalArgumentException("bad player spec '" + spec + "': " + why);
  }

  /** picocli converter: a bad spec becomes a usage error (exit 2) naming the spec. */
  public static final class Converter implements ITypeConverter<PlayerSpec> {
    @Override
    public PlayerSpec convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
