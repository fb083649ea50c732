package dev.tengen.cli.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfReader;
import dev.tengen.mcts.UniformPolicyValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every GTP command of {@code tengen gtp}, its answers and its errors, over in-process pipes. */
class GtpConformanceTest {
  private static final int E5 = Actions.of(4, 4, 9);
  private static final int C3 = Actions.of(2, 2, 9);

  private GtpTestClient gtp;

  @BeforeEach
  void start() {
    gtp = new GtpTestClient(Engines.create(new FavouritePolicyValue(E5, C3)));
  }

  @AfterEach
  void stop() throws Exception {
    gtp.close();
  }

  @Test
  void administrativeCommands() {
    assertEquals("= 2", gtp.send("protocol_version"));
    assertEquals("= Tengen", gtp.send("name"));
    assertEquals("= test", gtp.send("version"));
    assertEquals("= true", gtp.send("known_command lz-analyze"));
    assertEquals("= false", gtp.send("known_command frobnicate"));
    String list = gtp.send("list_commands");
    for (String command : List.of("protocol_version", "name", "version", "known_command",
        "list_commands", "quit", "boardsize", "clear_board", "komi", "play", "genmove", "undo",
        "showboard", "final_score", "final_status_list", "fixed_handicap", "place_free_handicap",
        "set_free_handicap", "time_settings", "time_left", "kgs-time_settings", "loadsgf",
        "printsgf", "reg_genmove", "kgs-genmove_cleanup", "lz-analyze")) {
      assertTrue(list.lines().anyMatch(l -> l.replaceFirst("^= ", "").equals(command)),
          command + " missing from list_commands");
    }
  }

  @Test
  void idsAreEchoedOnSuccessAndFailure() {
    assertEquals("=12 E5", gtp.send("12 genmove b"));
    assertEquals("?13 unknown command", gtp.send("13 frobnicate"));
    assertEquals("?14 illegal move", gtp.send("14 play w E5"));
    assertEquals("=15", gtp.send("15 play w D4"));
  }

  @Test
  void malformedAndUnknownCommandsAreAnsweredAndTheEngineCarriesOn() {
    assertEquals("? unknown command", gtp.send("frobnicate 3"));
    assertEquals("?42 empty command", gtp.send("42"));
    assertEquals("? play takes 2 arguments, got 1", gtp.send("play b"));
    assertEquals("? invalid color: x", gtp.send("play x D4"));
    assertEquals("? invalid vertex: Z9", gtp.send("play b Z9"));
    assertEquals("? invalid vertex: I5", gtp.send("play b I5"));
    assertEquals("? invalid vertex: D10", gtp.send("play b D10"));
    assertEquals("? not an integer: nine", gtp.send("fixed_handicap nine"));
    assertEquals("? boardsize is not an integer: x", gtp.send("boardsize x"));
    assertEquals("? not a number: abc", gtp.send("komi abc"));
    assertEquals("? genmove takes 1 argument, got 0", gtp.send("genmove"));
    assertEquals("? invalid color: purple", gtp.send("genmove purple"));
    // Comments, blank lines, tabs and control characters are handled as GTP 2 section 3.1 says.
    gtp.write("# a comment line");
    gtp.write("   ");
    assertEquals("= Tengen", gtp.send("name # trailing comment"));
    assertEquals("=", gtp.send("play\tb\tD4"));
    assertEquals("= true", gtp.send("known_command\u0001 play"));
    assertEquals("= 2", gtp.send("protocol_version"));
  }

  @Test
  void boardsizeAndClearBoard() {
    assertEquals("? unacceptable size", gtp.send("boardsize 1"));
    assertEquals("? unacceptable size", gtp.send("boardsize 26"));
    assertEquals("=", gtp.send("boardsize 5"));
    assertEquals("=", gtp.send("play b C3"));
    assertEquals("=", gtp.send("clear_board"));
    assertEquals(String.join("\n",
        "=",
        "   A B C D E",
        " 5 . . . . . 5",
        " 4 . . . . . 4",
        " 3 . . . . . 3",
        " 2 . . . . . 2",
        " 1 . . . . . 1",
        "   A B C D E",
        "Black (X) has captured 0, White (O) has captured 0",
        "Black to move, komi 7.5"), gtp.send("showboard"));
  }

  @Test
  void playCapturesAndShowboardMarksTheLastMove() {
    gtp.send("boardsize 5");
    for (String move : List.of("b B3", "w C3", "b C4", "w A1", "b C2", "w A2", "b D3")) {
      assertEquals("=", gtp.send("play " + move));
    }
    assertEquals(String.join("\n",
        "=",
        "   A B C D E",
        " 5 . . . . . 5",
        " 4 . . X . . 4",
        " 3 . X .(X). 3",
        " 2 O . X . . 2",
        " 1 O . . . . 1",
        "   A B C D E",
        "Black (X) has captured 1, White (O) has captured 0",
        "White to move, komi 7.5"), gtp.send("showboard"));
  }

  @Test
  void illegalMovesAreRefused() {
    gtp.send("boardsize 5");
    assertEquals("=", gtp.send("play b C3"));
    assertEquals("? illegal move", gtp.send("play w C3"));
    // Suicide: White at A1 with black B1 and A2.
    gtp.send("play b A2");
    gtp.send("play b B1");
    assertEquals("? illegal move", gtp.send("play w A1"));
    // Ko: black captures at the ko, White may not retake at once.
    gtp.send("clear_board");
    for (String move : List.of("b B3", "w C3", "b C4", "w D4", "b C2", "w D2", "b pass", "w E3")) {
      assertEquals("=", gtp.send("play " + move));
    }
    assertEquals("=", gtp.send("play b D3"));
    assertEquals("? illegal move", gtp.send("play w C3"));
    assertEquals("=", gtp.send("play w A5"));
  }

  @Test
  void genmovePlaysTheSearchMoveAndRegGenmoveDoesNot() {
    assertEquals("= E5", gtp.send("reg_genmove b"));
    assertEquals("=", gtp.send("play b A1"));
    assertEquals("= E5", gtp.send("genmove w"));
    assertEquals("? illegal move", gtp.send("play b E5"));
    assertEquals("= C3", gtp.send("genmove b"));
    // Two passes end the game; the controller may still go on.
    assertEquals("=", gtp.send("play w pass"));
    assertEquals("=", gtp.send("play b pass"));
    String afterTwoPasses = gtp.send("genmove b");
    assertTrue(Pattern.matches("= ([A-HJ][1-9]|pass)", afterTwoPasses), afterTwoPasses);
  }

  @Test
  void undoRestoresThePositionExactly() {
    gtp.send("boardsize 5");
    String empty = gtp.send("showboard");
    assertEquals("? cannot undo", gtp.send("undo"));
    gtp.send("play b C3");
    String afterOne = gtp.send("showboard");
    gtp.send("play w D3");
    gtp.send("play w D4");
    assertEquals("=", gtp.send("undo"));
    assertEquals("=", gtp.send("undo"));
    assertEquals(afterOne, gtp.send("showboard"));
    assertEquals("=", gtp.send("undo"));
    assertEquals(empty, gtp.send("showboard"));
    assertEquals("? cannot undo", gtp.send("undo"));
  }

  @Test
  void komiAndFinalScore() {
    gtp.send("boardsize 5");
    assertEquals("? komi must be a multiple of 0.5: 6.3", gtp.send("komi 6.3"));
    assertEquals("= W+7.5", gtp.send("final_score"));
    gtp.send("play b C3");
    assertEquals("= B+17.5", gtp.send("final_score"));
    assertEquals("=", gtp.send("komi 25"));
    assertEquals("=", gtp.send("komi 25"));
    assertEquals("= 0", gtp.send("final_score"));
    assertEquals("=", gtp.send("komi -0.5"));
    assertEquals("= B+25.5", gtp.send("final_score"));
    gtp.send("play w D3");
    assertEquals("= B+0.5", gtp.send("final_score"));
    assertEquals("= C3 D3", gtp.send("final_status_list alive"));
    assertEquals("=", gtp.send("final_status_list dead"));
    assertEquals("=", gtp.send("final_status_list seki"));
    assertEquals("? unknown status: zombie (alive, dead or seki)", gtp.send("final_status_list zombie"));
  }

  @Test
  void handicapCommands() {
    assertEquals("= C3 G7", gtp.send("fixed_handicap 2"));
    assertEquals("? board not empty", gtp.send("fixed_handicap 2"));
    gtp.send("clear_board");
    assertEquals("? invalid number of stones: fixed handicap on 9x9 takes 2 to 9 stones, not 10",
        gtp.send("fixed_handicap 10"));
    assertEquals("? invalid number of stones: fixed handicap on 9x9 takes 2 to 9 stones, not 1",
        gtp.send("fixed_handicap 1"));
    assertEquals("= C3 G7 C7 G3 C5 G5 E3 E7 E5", gtp.send("fixed_handicap 9"));
    assertEquals("=", gtp.send("clear_board"));
    assertEquals("= C3 G7 C7", gtp.send("place_free_handicap 3"));
    assertEquals("? board not empty", gtp.send("set_free_handicap D4 E5"));
    gtp.send("clear_board");
    assertEquals("? bad handicap: D4 given twice", gtp.send("set_free_handicap D4 D4"));
    assertEquals("? bad handicap: pass is not a point", gtp.send("set_free_handicap D4 pass"));
    assertEquals("? bad handicap: 1 stones (2 to 80)", gtp.send("set_free_handicap D4"));
    assertEquals("=", gtp.send("set_free_handicap D4 F6"));
    // After handicap White moves: the scripted search plays E5.
    assertEquals("= E5", gtp.send("genmove w"));
    assertEquals("=", gtp.send("undo"));
    assertEquals("? cannot undo", gtp.send("undo"));
  }

  @Test
  void timeCommands() {
    assertEquals("=", gtp.send("time_settings 600 30 5"));
    assertEquals("? not a number: ten", gtp.send("time_settings ten 30 5"));
    assertEquals("? negative time: -5", gtp.send("time_settings -5 30 5"));
    assertEquals("? time_settings takes 3 arguments, got 2", gtp.send("time_settings 600 30"));
    assertEquals("=", gtp.send("time_left b 120 0"));
    assertEquals("=", gtp.send("time_left white 25 3"));
    assertEquals("? invalid color: g", gtp.send("time_left g 25 3"));
    assertEquals("? not an integer: x", gtp.send("time_left b 25 x"));
    assertEquals("=", gtp.send("kgs-time_settings none"));
    assertEquals("=", gtp.send("kgs-time_settings absolute 300"));
    assertEquals("=", gtp.send("kgs-time_settings byoyomi 300 30 5"));
    assertEquals("=", gtp.send("kgs-time_settings canadian 300 30 5"));
    assertEquals("? unknown time system: Hourglass (none, absolute, byoyomi or canadian)",
        gtp.send("kgs-time_settings hourglass 10"));
    assertEquals("? kgs-time_settings takes 4 arguments, got 2", gtp.send("kgs-time_settings byoyomi 300"));
    // With a clock the engine still answers a legal move.
    assertEquals("= E5", gtp.send("genmove b"));
  }

  @Test
  void printsgfAndLoadsgfRoundTrip(@TempDir Path dir) throws Exception {
    for (String move : List.of("b C3", "w D4", "b pass", "w E5", "b E4")) {
      gtp.send("play " + move);
    }
    String board = gtp.send("showboard");
    Path file = dir.resolve("game.sgf");
    assertEquals("=", gtp.send("printsgf " + file));
    SgfGame saved = SgfReader.read(file);
    assertEquals(5, saved.moves().size());
    assertEquals(7.5, saved.komi());
    String printed = gtp.send("printsgf");
    assertTrue(printed.startsWith("= (;"), printed);
    assertEquals("=", gtp.send("clear_board"));
    assertEquals("=", gtp.send("loadsgf " + file));
    assertEquals(board, gtp.send("showboard"));
    assertEquals("=", gtp.send("loadsgf " + file + " 3"));
    assertEquals(String.join("\n",
        "=",
        "   A B C D E F G H J",
        " 9 . . . . . . . . . 9",
        " 8 . . . . . . . . . 8",
        " 7 . . + . . . + . . 7",
        " 6 . . . . . . . . . 6",
        " 5 . . . . + . . . . 5",
        " 4 . . .(O). . . . . 4",
        " 3 . . X . . . + . . 3",
        " 2 . . . . . . . . . 2",
        " 1 . . . . . . . . . 1",
        "   A B C D E F G H J",
        "Black (X) has captured 0, White (O) has captured 0",
        "Black to move, komi 7.5"), gtp.send("showboard"));
    assertTrue(gtp.send("loadsgf " + dir.resolve("missing.sgf")).startsWith("? cannot load file"));
    Path broken = dir.resolve("broken.sgf");
    Files.writeString(broken, "(;GM[1]SZ[9];B[ee];W[ee])");
    assertEquals("? cannot load file: move 2 (W E5) is illegal: occupied", gtp.send("loadsgf " + broken));
    assertEquals("? not an integer: x", gtp.send("loadsgf " + file + " x"));
  }

  @Test
  void kgsGenmoveCleanupDoesNotPassWhileMovesRemain() throws Exception {
    gtp.close();
    int pass = Actions.pass(5);
    gtp = new GtpTestClient(Engines.create(new FavouritePolicyValue(pass), "game.board-size=5"));
    gtp.send("play b C3");
    String cleanup = gtp.send("kgs-genmove_cleanup w");
    assertTrue(Pattern.matches("= [A-E][1-5]", cleanup), cleanup);
  }

  @Test
  void lzAnalyzeStreamsUntilTheNextCommand() {
    gtp.write("7 lz-analyze b 1");
    assertEquals("=7", gtp.readLine());
    String info = gtp.readLine();
    Pattern entry = Pattern.compile(
        "info move [A-HJ-T]\\d+ visits \\d+ winrate \\d+ prior \\d+ lcb \\d+ order \\d+ pv( [A-HJ-T]\\d+| pass)+");
    assertTrue(info.startsWith("info move E5 visits "), info);
    for (String part : info.split(" (?=info )")) {
      assertTrue(entry.matcher(part).matches(), part);
    }
    assertTrue(info.contains(" prior 10000 "), info);
    gtp.write("8 name");
    String line;
    while (!(line = gtp.readLine()).isEmpty()) {
      assertTrue(line.startsWith("info move "), line);
    }
    assertEquals("=8 Tengen", gtp.readLine());
    assertEquals("", gtp.readLine());
    assertEquals("? lz-analyze: unknown argument bogus", gtp.send("lz-analyze 10 bogus 3"));
    assertEquals("? lz-analyze: 'avoid' is not supported", gtp.send("lz-analyze avoid b D4 1"));
    assertEquals("? not an integer: x", gtp.send("lz-analyze interval x"));
  }

  @Test
  void quitAnswersAndEndsTheSession() throws Exception {
    assertEquals("=5", gtp.send("5 quit"));
    assertTrue(gtp.finished(5000));
    assertEquals(null, gtp.readLine());
  }

  @Test
  void uniformPolicyPlaysLegalMovesBeforeAnyTraining() throws Exception {
    gtp.close();
    gtp = new GtpTestClient(Engines.create(new UniformPolicyValue()));
    for (int i = 0; i < 6; i++) {
      String answer = gtp.send("genmove " + (i % 2 == 0 ? "b" : "w"));
      assertTrue(Pattern.matches("= ([A-HJ][1-9]|pass)", answer), answer);
    }
  }
}
