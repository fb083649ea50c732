package dev.tengen.cli.match;

import dev.tengen.cli.engine.Evaluators;
import dev.tengen.evaluator.gtp.CommandLine;
import dev.tengen.evaluator.match.Contestant;
import dev.tengen.evaluator.match.GtpContestant;
import dev.tengen.evaluator.match.RandomPlayer;
import dev.tengen.evaluator.match.MatchOpening;
import dev.tengen.evaluator.match.SearchContestant;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the two {@link PlayerSpec}s of a match into the evaluator's contestants and owns what they
 * hold (a checkpoint's network and inference service): {@link #close()} frees it. Ladder names are
 * derived from the specs ({@code ckpt:runs/x/m12.ckpt} is {@code m12}, {@code gnugo:1} is {@code
 * gnugo-l1}, {@code gtp:leelaz --gtp} is {@code leelaz}, {@code random} is {@code random}); when
 * both sides would get the same name, B's gets {@code -b} appended. Not thread-safe; open once.
 */
public final class MatchPlayers implements AutoCloseable {
  private final List<AutoCloseable> owned = new ArrayList<>();
  private final Contestant a;
  private final Contestant b;

  /**
   * Opens both sides. Checkpoints are loaded now (reading the file, building the model); GTP
   * engines start only when the match opens their players.
   *
   * @param a side A
   * @param b side B
   * @param settings board size, visits, parallel games and seed
   * @param logDirectory where outside engines' stderr goes
   * @param log where loading is reported (stderr)
   * @throws IllegalArgumentException naming the checkpoint if it is missing, corrupt or for
   *     another board size
   * @throws IllegalStateException if GNU Go is asked for and not installed
   */
  public MatchPlayers(PlayerSpec a, PlayerSpec b, Settings settings, Path logDirectory,
      PrintStream log) {
    String nameA = ladderName(a);
    String nameB = ladderName(b);
    if (nameA.equals(nameB)) {
      nameB = nameB + "-b";
    }
    try {
      this.a = open(a, nameA, settings, settings.seed(), logDirectory, log);
      this.b = open(b, nameB, settings, settings.seed() + SIDE_B_SEED_OFFSET, logDirectory, log);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Offset of side B's seeds from side A's, so that two equal specs do not play alike. */
  static final long SIDE_B_SEED_OFFSET = 1_000_003L;

  /**
   * What opening contestants needs.
   *
   * @param boardSize the board size of the match (a checkpoint must play it)
   * @param visits search visits per move of checkpoint players
   * @param parallelGames games at once (sizes the inference batch of a checkpoint)
   * @param seed base seed of side A (side B uses {@code seed + 1000003})
   * @param opening how checkpoint players choose the first plies of each game
   */
  public record Settings(int boardSize, int visits, int parallelGames, long seed,
      MatchOpening opening) {
    /** @throws IllegalArgumentException naming a field out of range */
    public Settings {
      java.util.Objects.requireNonNull(opening, "opening");
      if (visits < 1) {
        throw new IllegalArgumentException("visits " + visits + " < 1");
      }
      if (parallelGames < 1) {
        throw new IllegalArgumentException("parallel games " + parallelGames + " < 1");
      }
    }
  }

  /** Side A. */
  public Contestant a() {
    return a;
  }

  /** Side B. */
  public Contestant b() {
    return b;
  }

  /** The ladder name a spec gets (before telling equal names apart). */
  static String ladderName(PlayerSpec spec) {
    return switch (spec.kind()) {
      case CHECKPOINT -> {
        Path file = spec.checkpoint().getFileName();
        String name = file == null ? "checkpoint" : file.toString();
        int dot = name.lastIndexOf('.');
        yield sanitize(dot > 0 ? name.substring(0, dot) : name);
      }
      case GNUGO -> "gnugo-l" + spec.gnuGoLevel();
      case GTP -> {
        List<String> words = CommandLine.split(spec.argument());
        Path program = Path.of(words.get(0)).getFileName();
        yield sanitize(program == null ? "gtp" : program.toString());
      }
      case RANDOM -> "random";
    };
  }

  private static String sanitize(String name) {
    String clean = name.replaceAll("[\\s/\\\\]+", "_");
    return clean.isEmpty() ? "player" : clean.toLowerCase(Locale.ROOT);
  }

  private Contestant open(PlayerSpec spec, String name, Settings settings, long seed,
      Path logDirectory, PrintStream log) {
    return switch (spec.kind()) {
      case CHECKPOINT -> {
        Evaluators.Opened opened = Evaluators.open(spec.checkpoint(), settings.boardSize(),
            LEAVES_IN_FLIGHT * settings.parallelGames(), 0, seed, log);
        owned.add(opened);
        yield new SearchContestant(name, opened.policyValue(),
            settings.opening().applyTo(SearchContestant.matchParams(settings.visits())), false,
            seed);
      }
      case GNUGO -> renamed(GtpContestant.gnuGo(spec.gnuGoLevel(), logDirectory), name);
      case GTP -> GtpContestant.of(name, spec.argument(), logDirectory);
      case RANDOM -> RandomPlayer.contestant(name, seed);
    };
  }

  /** Leaves in flight of one match search ({@code SearchParams.match()}): one batch per game. */
  private static final int LEAVES_IN_FLIGHT = 16;

  private static Contestant renamed(GtpContestant engine, String name) {
    return name.equals(engine.name()) ? engine : new GtpContestant(name, engine.command(),
        engine.logDirectory(), engine.setupTimeout(), engine.moveTimeout());
  }

  /** Frees every loaded network; safe to call more than once. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("cannot close a player: " + e.getMessage(), e);
        }
      }
    }
    owned.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
