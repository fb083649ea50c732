package dev.tengen.evaluator.match;

import dev.tengen.games.Color;
import dev.tengen.games.Move;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfMove;
import dev.tengen.games.sgf.SgfRules;
import dev.tengen.games.sgf.SgfText;
import dev.tengen.games.sgf.SgfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps every game of a match as an SGF file {@code root/<matchId>/game-<number>.sgf} (number
 * zero-padded to 4 digits), written atomically (temporary file, then rename), through {@code
 * games.sgf}'s {@link SgfWriter}. The root holds {@code GN} = the game id and {@code EV} = the
 * match id; the root comment says how the game ended (the forfeit in full when there was one).
 */
public final class SgfArchive {

  private final Path root;

  /** @param root the directory holding one sub-directory per match */
  public SgfArchive(Path root) {
    this.root = root;
  }

  /** The file a game is kept in. */
  public Path fileOf(String matchId, int gameNumber) {
    return root.resolve(matchId).resolve(String.format("game-%04d.sgf", gameNumber));
  }

  /**
   * Writes the game.
   *
   * @return the file written
   * @throws UncheckedIOException if it cannot be written
   */
  public Path write(String matchId, int gameNumber, String gameId, GameReport report) {
    Path file = fileOf(matchId, gameNumber);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, SgfWriter.write(toSgf(matchId, gameId, report)), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write SGF " + file, e);
    }
    return file;
  }

  /** The SGF record of a refereed game (resignations appear only in RE, as SGF has no move). */
  public static SgfGame toSgf(String matchId, String gameId, GameReport report) {
    GameSettings s = report.settings();
    List<SgfMove> moves = new ArrayList<>();
    for (Move m : report.moves()) {
      if (!m.resign()) {
        moves.add(SgfMove.of(m.color(), m.action()));
      }
    }
    String comment =
        "match " + matchId + ", game " + gameId + ": " + report.result() + " by "
            + report.reason() + "; Tromp-Taylor area B " + report.blackArea() + " W "
            + report.whiteArea();
    return new SgfGame(
            s.size(), s.rules().komi(), SgfRules.name(s.rules()), report.blackName(),
            report.whiteName(), report.result(), LocalDate.now(ZoneOffset.UTC).toString(), 0,
            List.of(), List.of(), Color.BLACK, moves, comment, Map.of())
        .withProperty("GN", List.of(SgfText.escape(gameId)))
        .withProperty("EV", List.of(SgfText.escape(matchId)));
  }
}
