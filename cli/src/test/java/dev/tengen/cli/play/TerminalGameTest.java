package dev.tengen.cli.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tengen.cli.engine.Engines;
import dev.tengen.cli.engine.FavouritePolicyValue;
import dev.tengen.cli.engine.GoEngine;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfMove;
import dev.tengen.games.sgf.SgfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal game, played through its input stream against a scripted agent on 5x5. */
class TerminalGameTest {
  private static final int B4 = Actions.of(1, 3, 5);
  private static final int PASS = Actions.pass(5);

  private static String play(String input, boolean ansi) {
    GoEngine engine = Engines.create(new FavouritePolicyValue(B4, PASS), "game.board-size=5");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new TerminalGame(engine, Color.BLACK,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, ansi).play();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFullGameEndsByTwoPassesAndIsScoredAndSaved(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("game.sgf");
    String output = play("C3\npass\nsave " + file + "\nquit\n", false);
    assertTrue(output.contains("Tengen: you play Black (X) on 5x5, komi 7.5."), output);
    assertTrue(output.contains("Tengen (White (O)) plays B4 (win rate "), output);
    assertTrue(output.contains("Tengen (White (O)) plays pass"), output);
    assertTrue(output.contains("Both passed. Tengen wins: W+7.5 (Tromp-Taylor area: Black 1, White 1,"
        + " komi 7.5)."), output);
    assertTrue(output.contains(String.join("\n",
        "   A B C D E",
        " 5 . . . . . 5",
        " 4 . O . . . 4",
        " 3 . . X . . 3",
        " 2 . . . . . 2",
        " 1 . . . . . 1",
        "   A B C D E",
        "Black (X) has captured 0, White (O) has captured 0. Move 4.")), output);
    assertTrue(output.contains("Saved " + file + "."), output);
    assertTrue(output.endsWith("Bye.\n"), output);
    SgfGame saved = SgfReader.read(file);
    assertEquals(5, saved.size());
    assertEquals("W+7.5", saved.result());
    assertEquals("Human", saved.blackPlayer());
    assertEquals("Tengen", saved.whitePlayer());
    assertEquals(List.of(SgfMove.of(Color.BLACK, Actions.of(2, 2, 5)), SgfMove.of(Color.WHITE, B4),
        SgfMove.of(Color.BLACK, PASS), SgfMove.of(Color.WHITE, PASS)), saved.moves());
  }

  @Test
  void mistypedAndIllegalInputIsExplainedAndTheGameGoesOn() {
    String output = play("Z9\nplay now\nC3\nC3\nB4\n\nhelp\nsave\nquit\n", false);
    assertTrue(output.contains("'Z9' is not a move: type a point such as D4, or pass; help lists"
        + " the commands."), output);
    assertTrue(output.contains("I do not understand 'play now'. Type help for the commands."), output);
    assertTrue(output.contains("C3 is illegal: there is already a stone there."), output);
    assertTrue(output.contains("B4 is illegal: there is already a stone there."), output);
    assertTrue(output.contains("Commands: a point such as D4 to play there; pass; resign;"), output);
    assertTrue(output.contains("save needs a file name, e.g. save game.sgf"), output);
  }

  @Test
  void undoTakesBackTheMoveAndTheReply() {
    String output = play("C3\nundo\nundo\nquit\n", false);
    assertTrue(output.contains("Took back your last move."), output);
    assertTrue(output.contains("Nothing to undo."), output);
    String board = output.substring(output.lastIndexOf("   A B C D E\n 5"));
    assertTrue(board.contains(" 3 . . . . . 3"), board);
    assertTrue(board.contains(" 4 . . . . . 4"), board);
  }

  @Test
  void resignAndHint() {
    String output = play("hint\nresign\nC3\nquit\n", false);
    assertTrue(output.contains("Hint: B4 (win rate "), output);
    assertTrue(output.contains("You resign."), output);
    assertTrue(output.contains("Tengen wins by resignation (W+R)."), output);
    assertTrue(output.contains("The game is over: undo, save FILE.sgf or quit."), output);
  }

  @Test
  void endOfInputEndsTheGameAndColoursFollowTheFlag() {
    String plain = play("", false);
    assertTrue(plain.endsWith("Bye.\n"), plain);
    assertFalse(plain.contains("\u001b["), plain);
    String coloured = play("C3\nquit\n", true);
    assertTrue(coloured.contains("\u001b[1;36mX\u001b[0m"), coloured);
  }
}
