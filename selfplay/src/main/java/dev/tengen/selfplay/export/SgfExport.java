package dev.tengen.selfplay.export;

import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfMove;
import dev.tengen.games.sgf.SgfText;
import dev.tengen.games.sgf.SgfWriter;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns game records into SGF files (FF[4], written by {@code dev.tengen.games.sgf.SgfWriter}).
 *
 * <p>Each move's comment names the model that chose it, the search's root value for the player
 * to move ("value +0.250 for B"), the visits of the chosen move over the root's visits, and whether the search was full
 * or fast. PB and PW name the models that played each colour; GN is the game id in hex; the root
 * comment holds the end reason and the false-resignation check.
 */
public final class SgfExport {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private SgfExport() {}

  /**
   * The SGF text of one record. Replays it first.
   *
   * @throws IllegalStateException if the record does not replay (see {@link RecordReplay})
   */
  public static String toSgf(GameRecord record) {
    Game game = RecordReplay.replay(record);
    SgfGame base = SgfGame.fromGame(game);
    List<SgfMove> moves = new ArrayList<>(base.moves().size());
    for (int i = 0; i < base.moves().size(); i++) {
      moves.add(base.moves().get(i).withComment(moveComment(record, i)));
    }
    SgfGame withComments = new SgfGame(base.size(), base.komi(), base.rules(),
        players(record, Color.BLACK), players(record, Color.WHITE), base.result(),
        DATE.format(Instant.ofEpochMilli(record.startMillis())), base.handicap(), base.blackSetup(),
        base.whiteSetup(), base.firstToMove(), moves, rootComment(record), base.otherProperties());
    return SgfWriter.write(withComments.withProperty("GN",
        List.of(SgfText.escape(Long.toHexString(record.gameId())))));
  }

  /**
   * Writes one SGF file per record of {@code queue} with an index in {@code [fromIndex, toIndex]}
   * ({@code fromIndex < 0} for the start) into {@code outDir} as {@code <game id hex>.sgf}, each
   * atomically (temporary file, then rename). Returns how many files were written.
   *
   * @throws UncheckedIOException if a file cannot be written
   * @throws IllegalStateException if a record does not replay
   */
  public static long exportQueue(GamesQueue queue, long fromIndex, long toIndex, Path outDir) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + outDir, e);
    }
    return queue.forEach(fromIndex, toIndex, indexed -> {
      GameRecord record = indexed.value();
      Path file = outDir.resolve(String.format(Locale.ROOT, "%016x.sgf", record.gameId()));
      Path tmp = outDir.resolve(file.getFileName() + ".tmp");
      try {
        Files.writeString(tmp, toSgf(record), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    });
  }

  static String moveComment(GameRecord record, int i) {
    return String.format(Locale.ROOT, "model %s\nvalue %+.3f for %c\nvisits %d/%d %s",
        record.modelAt(i), record.rootValue(i), record.colorAt(i).sgfLetter(),
        record.chosenVisits(i), record.rootVisits(i),
        record.fullSearch(i) ? "full" : "fast");
  }

  private static String players(GameRecord record, Color color) {
    List<String> names = new ArrayList<>();
    for (int i = color == Color.BLACK ? 0 : 1; i < record.moveCount(); i += 2) {
      String model = record.modelAt(i);
      if (!names.contains(model)) {
        names.add(model);
      }
    }
    return "Tengen " + String.join(" > ", names);
  }

  private static String rootComment(GameRecord record) {
    StringBuilder c = new StringBuilder();
    c.append("Tengen self-play game ").append(Long.toHexString(record.gameId()))
        .append("\nresult ").append(record.result())
        .append("\nrules ").append(record.rules())
        .append("\nfeature version ").append(record.featureVersion());
    if (record.resignationDisabled()) {
      c.append("\nresignation disabled");
      if (record.wouldResignColor() != null) {
        c.append("; ").append(record.wouldResignColor()).append(" would have resigned at move ")
            .append(record.wouldResignPly() + 1)
            .append(record.falseResignation() ? " and went on to win (false resignation)" : " and lost");
      }
    }
    return c.toString();
  }
}
