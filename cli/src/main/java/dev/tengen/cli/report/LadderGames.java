package dev.tengen.cli.report;

import dev.tengen.evaluator.ladder.BradleyTerry;
import dev.tengen.evaluator.ladder.EloLadder;
import dev.tengen.evaluator.ladder.Rating;
import dev.tengen.evaluator.ladder.RecordedGame;
import dev.tengen.evaluator.ladder.Winner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluator's ladder journal ({@code evaluator/ladder-games.tsv}) read without locking or
 * repairing it, so a report or a status line never contends with (or, in the same process, trips
 * over the file lock of) the gatekeeper that is appending: complete lines only, first line of an
 * id wins, exactly as {@code ResultJournal} reads it. Ratings are the ladder's own ({@link
 * BradleyTerry} with {@link EloLadder#DEFAULT_PRIOR_DRAWS}), anchored on a chosen player.
 */
public final class LadderGames {
  private LadderGames() {}

  /**
   * The games in {@code file}, in order; empty if the file does not exist.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<RecordedGame> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, RecordedGame> byId = new LinkedHashMap<>();
    int end = text.lastIndexOf('\n') + 1;
    int lineNumber = 0;
    for (String line : text.substring(0, end).split("\n")) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 7) {
          throw new IllegalArgumentException(f.length + " fields, expected 7");
        }
        byId.putIfAbsent(f[0], new RecordedGame(f[0], f[1], f[2], f[3], Winner.ofCode(f[4]), f[5], f[6]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * The ladder's ratings of {@code games}, players in order of first appearance; empty if none.
   *
   * @param anchor the player rated 0 (the run's first model, so that every rating reads as a
   *     gain over it), or null or absent from the games for the first player in the journal
   */
  public static List<Rating> ratings(List<RecordedGame> games, String anchor) {
    if (games.isEmpty()) {
      return List.of();
    }
    List<String> players = EloLadder.playersInOrder(games);
    String zero = anchor != null && players.contains(anchor) ? anchor : players.get(0);
    return BradleyTerry.fit(players, zero, EloLadder.DEFAULT_PRIOR_DRAWS, games);
  }
}
