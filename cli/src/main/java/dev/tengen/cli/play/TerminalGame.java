package dev.tengen.cli.play;

import dev.tengen.cli.engine.BoardText;
import dev.tengen.cli.engine.Decision;
import dev.tengen.cli.engine.GoEngine;
import dev.tengen.cli.engine.GoSession;
import dev.tengen.cli.engine.SessionSgf;
import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.IllegalReason;
import dev.tengen.games.Move;
import dev.tengen.games.Rules;
import dev.tengen.games.sgf.SgfWriter;
import dev.tengen.mcts.SearchInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A game against the agent in a terminal: the board with coordinates, the last move framed,
 * captures, the agent's win rate and best line after each of its moves. Input, one per line:
 * a vertex ({@code D4}), {@code pass}, {@code resign}, {@code undo}, {@code hint},
 * {@code save FILE.sgf}, {@code help}, {@code quit}. Anything mistyped or illegal is explained and
 * the game goes on. Driven by an {@link InputStream} and a {@link PrintStream}, so tests play it.
 */
public final class TerminalGame {
  private final GoEngine engine;
  private final GoSession session;
  private final Color human;
  private final BufferedReader in;
  private final PrintStream out;
  private final boolean ansi;
  private Color resigned;

  /**
   * @param engine the agent and the game (set up already: size, komi, handicap)
   * @param human the colour the person plays
   * @param ansi whether to colour the board (off when NO_COLOR is set or out is not a terminal)
   */
  public TerminalGame(GoEngine engine, Color human, InputStream in, PrintStream out, boolean ansi) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.session = engine.session();
    this.human = Objects.requireNonNull(human, "human");
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = Objects.requireNonNull(out, "out");
    this.ansi = ansi;
  }

  /** Plays until the person quits or the input ends. */
  public void play() {
    out.println("Tengen: you play " + name(human) + " on " + session.size() + "x" + session.size()
        + ", komi " + Rules.formatKomi(session.rules().komi()) + ". Type help for the commands.");
    while (true) {
      if (!isOver() && session.toMove() != human) {
        agentMove();
        continue;
      }
      showBoard();
      if (isOver()) {
        out.println(result());
        out.println("The game is over: undo, save FILE.sgf or quit.");
      }
      out.print(isOver() ? "> " : name(human) + " to play> ");
      out.flush();
      String line = readLine();
      if (line == null) {
        out.println();
        out.println("Bye.");
        return;
      }
      if (!handle(line.trim())) {
        out.println("Bye.");
        return;
      }
    }
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Carries out one input line; false to quit. */
  private boolean handle(String line) {
    if (line.isEmpty()) {
      return true;
    }
    String[] words = line.split("\\s+", 2);
    String command = words[0].toLowerCase(Locale.ROOT);
    switch (command) {
      case "quit":
      case "exit":
        return false;
      case "help":
      case "?":
        help();
        return true;
      case "undo":
        undo();
        return true;
      case "hint":
        hint();
        return true;
      case "save":
        save(words.length > 1 ? words[1].trim() : "");
        return true;
      case "resign":
        if (refuseWhenOver()) {
          return true;
        }
        resigned = human;
        out.println("You resign.");
        return true;
      default:
        if (words.length > 1) {
          out.println("I do not understand '" + line + "'. Type help for the commands.");
          return true;
        }
        humanMove(words[0]);
        return true;
    }
  }

  private void humanMove(String text) {
    if (refuseWhenOver()) {
      return;
    }
    int action;
    try {
      action = Actions.parseGtp(text, session.size());
    } catch (IllegalArgumentException e) {
      out.println("'" + text + "' is not a move: type a point such as " + example()
          + ", or pass; help lists the commands.");
      return;
    }
    IllegalReason reason = session.illegalReason(human, action);
    if (reason != null) {
      out.println(Actions.toGtp(action, session.size()) + " is illegal: " + explain(reason));
      return;
    }
    session.play(human, action);
  }

  private void agentMove() {
    Color agent = human.opponent();
    Decision decision = engine.genmove(agent);
    if (decision.resign()) {
      resigned = agent;
      out.println("Tengen resigns.");
      return;
    }
    String vertex = Actions.toGtp(decision.action(), session.size());
    out.println("Tengen (" + name(agent) + ") plays " + vertex + describe(decision.info()));
  }

  private void hint() {
    if (refuseWhenOver()) {
      return;
    }
    Decision decision = engine.think(human);
    out.println("Hint: " + Actions.toGtp(decision.action(), session.size())
        + describe(decision.info()));
  }

  private void undo() {
    if (resigned != null) {
      resigned = null;
      out.println("Resignation taken back.");
      return;
    }
    List<Move> moves = session.moves();
    if (moves.isEmpty()) {
      out.println("Nothing to undo.");
      return;
    }
    // Take back the agent's reply too, so that it is the person's turn again.
    session.undo();
    if (session.toMove() != human && !session.moves().isEmpty()) {
      session.undo();
    }
    if (session.toMove() != human) {
      out.println("Took back the only move; Tengen moves again.");
    } else {
      out.println("Took back your last move.");
    }
  }

  private void save(String file) {
    if (file.isEmpty()) {
      out.println("save needs a file name, e.g. save game.sgf");
      return;
    }
    String result = isOver() ? resultCode() : "";
    String black = human == Color.BLACK ? "Human" : "Tengen";
    String white = human == Color.WHITE ? "Human" : "Tengen";
    String text = SgfWriter.write(SessionSgf.record(session, black, white, result));
    try {
      Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
      out.println("Saved " + file + ".");
    } catch (IOException | RuntimeException e) {
      out.println("Cannot save " + file + ": " + e.getMessage());
    }
  }

  private boolean refuseWhenOver() {
    if (isOver()) {
      out.println("The game is over: undo, save FILE.sgf or quit.");
      return true;
    }
    return false;
  }

  private boolean isOver() {
    return resigned != null || session.game().consecutivePasses() >= 2;
  }

  private String resultCode() {
    if (resigned != null) {
      return resigned.opponent().sgfLetter() + "+R";
    }
    double score = session.game().areaScore();
    if (score == 0) {
      return "0";
    }
    return (score > 0 ? "B+" : "W+") + Rules.formatKomi(Math.abs(score));
  }

  private String result() {
    if (resigned != null) {
      return (resigned == human ? "Tengen wins" : "You win") + " by resignation (" + resultCode() + ").";
    }
    double score = session.game().areaScore();
    Color winner = score > 0 ? Color.BLACK : score < 0 ? Color.WHITE : null;
    String who = winner == null ? "Draw" : (winner == human ? "You win" : "Tengen wins");
    return "Both passed. " + who + ": " + resultCode() + " (Tromp-Taylor area: Black "
        + session.game().area(Color.BLACK) + ", White " + session.game().area(Color.WHITE)
        + ", komi " + Rules.formatKomi(session.rules().komi()) + ").";
  }

  private void showBoard() {
    List<Move> moves = session.moves();
    int last = moves.isEmpty() ? -1 : moves.get(moves.size() - 1).action();
    out.print(BoardText.render(session, last, ansi));
    out.println(BoardText.captures(session) + ". Move " + moves.size() + ".");
  }

  private String describe(SearchInfo info) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, " (win rate %.1f%%, %d visits)", 100 * info.rootWinrate(),
        info.rootVisits()));
    if (!info.children().isEmpty()) {
      text.append(", best line");
      int shown = 0;
      for (int action : info.children().get(0).pv()) {
        if (shown++ == 8) {
          break;
        }
        text.append(' ').append(Actions.toGtp(action, session.size()));
      }
    }
    return text.toString();
  }

  private void help() {
    out.println("Commands: a point such as " + example() + " to play there; pass; resign;");
    out.println("undo (take back your last move and Tengen's reply); hint (Tengen suggests a move);");
    out.println("save FILE.sgf (write the game so far); quit.");
  }

  private String example() {
    return Actions.toGtp(Actions.of(Math.min(3, session.size() - 1), Math.min(3, session.size() - 1),
        session.size()), session.size());
  }

  private static String explain(IllegalReason reason) {
    switch (reason) {
      case OCCUPIED:
        return "there is already a stone there.";
      case SUICIDE:
        return "it would be suicide (the stone would have no liberties).";
      case KO:
        return "it retakes the ko at once; play elsewhere first.";
      case SUPERKO:
        return "it would repeat an earlier position (superko).";
      case GAME_OVER:
        return "the game is over.";
      default:
        return reason.toString();
    }
  }

  private static String name(Color color) {
    return color == Color.BLACK ? "Black (X)" : "White (O)";
  }
}
