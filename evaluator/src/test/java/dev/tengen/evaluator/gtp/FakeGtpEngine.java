package dev.tengen.evaluator.gtp;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny GTP engine for tests, run as a separate JVM: plays random legal moves (never filling
 * its own one-point eyes) under Tengen's rules, with faults injected by flags, counted per
 * process. {@code list_commands} answers on several lines.
 *
 * <pre>
 *   --seed S          random seed (default 1)
 *   --crash-at N      exit(3) at the N-th genmove
 *   --hang-at N       never answer the N-th genmove
 *   --garbage-at N    answer the N-th genmove with "Z99"
 *   --illegal-at N    answer the N-th genmove with an occupied point (if any)
 *   --reject-at N     answer the N-th play with "? illegal move"
 *   --fail-genmove-at N  answer the N-th genmove with "? cannot"
 *   --resign-at N     resign at the N-th genmove
 *   --noise           print a junk line on stdout before each reply
 *   --no-ids          never echo the command id
 *   --stale-reply     answer the first command twice, the first time with a wrong id
 *   --stderr-flood K  write K KiB to stderr before each genmove reply
 * </pre>
 */
public final class FakeGtpEngine {

  private FakeGtpEngine() {}

  public static void main(String[] args) throws Exception {
    long seed = 1;
    int crashAt = -1;
    int hangAt = -1;
    int garbageAt = -1;
    int illegalAt = -1;
    int rejectAt = -1;
    int failAt = -1;
    int resignAt = -1;
    int floodKib = 0;
    boolean noise = false;
    boolean ids = true;
    boolean stale = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--crash-at" -> crashAt = Integer.parseInt(args[++i]);
        case "--hang-at" -> hangAt = Integer.parseInt(args[++i]);
        case "--garbage-at" -> garbageAt = Integer.parseInt(args[++i]);
        case "--illegal-at" -> illegalAt = Integer.parseInt(args[++i]);
        case "--reject-at" -> rejectAt = Integer.parseInt(args[++i]);
        case "--fail-genmove-at" -> failAt = Integer.parseInt(args[++i]);
        case "--resign-at" -> resignAt = Integer.parseInt(args[++i]);
        case "--stderr-flood" -> floodKib = Integer.parseInt(args[++i]);
        case "--noise" -> noise = true;
        case "--no-ids" -> ids = false;
        case "--stale-reply" -> stale = true;
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    Random random = new Random(seed);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int size = 19;
    double komi = 7.5;
    Game game = new Game(size, Rules.DEFAULT, 10_000);
    int genmoves = 0;
    int plays = 0;
    String line;
    while ((line = in.readLine()) != null) {
      line = line.trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("\\s+");
      String id = "";
      int k = 0;
      if (words[0].chars().allMatch(Character::isDigit)) {
        id = ids ? words[0] : "";
        k = 1;
      }
      String cmd = words[k];
      List<String> rest = new ArrayList<>(List.of(words).subList(k + 1, words.length));
      if (noise) {
        out.print("debug: thinking about " + cmd + "\n");
      }
      if (stale) {
        out.print("=999 stale\n\n");
        stale = false;
      }
      String ok = "=" + id + " ";
      String fail = "?" + id + " ";
      switch (cmd) {
        case "protocol_version" -> out.print(ok + "2\n\n");
        case "name" -> out.print(ok + "FakeGtpEngine\n\n");
        case "version" -> out.print(ok + "1\n\n");
        case "list_commands" -> out.print(ok + "protocol_version\nname\nversion\nlist_commands\n"
            + "boardsize\nclear_board\nkomi\nplay\ngenmove\nquit\n\n");
        case "boardsize" -> {
          size = Integer.parseInt(rest.get(0));
          game = new Game(size, Rules.DEFAULT.withKomi(komi), 10_000);
          out.print(ok + "\n\n");
        }
        case "clear_board" -> {
          game = new Game(size, Rules.DEFAULT.withKomi(komi), 10_000);
          out.print(ok + "\n\n");
        }
        case "komi" -> {
          komi = Double.parseDouble(rest.get(0));
          game = new Game(size, Rules.DEFAULT.withKomi(komi), 10_000);
          out.print(ok + "\n\n");
        }
        case "play" -> {
          plays++;
          Move m;
          try {
            m = Move.parseGtp(Color.parse(rest.get(0)), rest.get(1), size);
          } catch (RuntimeException e) {
            out.print(fail + "syntax error\n\n");
            break;
          }
          if (plays == rejectAt || m.color() != game.toMove() || !game.isLegal(m.action())) {
            out.print(fail + "illegal move\n\n");
            break;
          }
          game.play(m.action());
          out.print(ok + "\n\n");
        }
        case "genmove" -> {
          genmoves++;
          if (genmoves == crashAt) {
            out.flush();
            System.exit(3);
          }
          if (genmoves == hangAt) {
            out.flush();
            Thread.sleep(Long.MAX_VALUE);
          }
          if (floodKib > 0) {
            char[] junk = new char[1023];
            java.util.Arrays.fill(junk, 'e');
            String s = new String(junk);
            for (int i = 0; i < floodKib; i++) {
              System.err.println(s);
            }
            System.err.flush();
          }
          if (genmoves == failAt) {
            out.print(fail + "cannot\n\n");
            break;
          }
          if (genmoves == resignAt) {
            out.print(ok + "resign\n\n");
            break;
          }
          if (genmoves == garbageAt) {
            out.print(ok + "Z99\n\n");
            break;
          }
          if (genmoves == illegalAt) {
            int occupied = -1;
            for (int a = 0; a < size * size; a++) {
              if (game.stoneAt(a) != 0) {
                occupied = a;
                break;
              }
            }
            if (occupied >= 0) {
              out.print(ok + Actions.toGtp(occupied, size) + "\n\n");
              break;
            }
          }
          int a = randomMove(game, random);
          game.play(a);
          out.print(ok + Actions.toGtp(a, size) + "\n\n");
        }
        case "quit" -> {
          out.print(ok + "\n\n");
          out.flush();
          return;
        }
        default -> out.print(fail + "unknown command\n\n");
      }
      out.flush();
    }
  }

  private static int randomMove(Game game, Random random) {
    int size = game.size();
    boolean[] mask = new boolean[game.numActions()];
    game.legalActions(mask);
    List<Integer> options = new ArrayList<>();
    int own = game.toMoveStone();
    for (int a = 0; a < size * size; a++) {
      if (!mask[a]) {
        continue;
      }
      int x = Actions.x(a, size);
      int y = Actions.y(a, size);
      boolean eye = (x == 0 || game.stoneAt(a - 1) == own)
          && (x == size - 1 || game.stoneAt(a + 1) == own)
          && (y == 0 || game.stoneAt(a - size) == own)
          && (y == size - 1 || game.stoneAt(a + size) == own);
      if (!eye) {
        options.add(a);
      }
    }
    return options.isEmpty() ? size * size : options.get(random.nextInt(options.size()));
  }

  /** The command line that runs this engine with {@code flags} in a fresh JVM. */
  public static List<String> command(String... flags) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:auto");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(location(FakeGtpEngine.class) + java.io.File.pathSeparator + location(Game.class));
    cmd.add(FakeGtpEngine.class.getName());
    cmd.addAll(List.of(flags));
    return cmd;
  }

  private static String location(Class<?> c) {
    try {
      return java.nio.file.Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
