package dev.tengen.selfplay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tengen.games.Actions;
import dev.tengen.games.Color;
import dev.tengen.games.Game;
import dev.tengen.games.Stone;
import dev.tengen.games.sgf.SgfGame;
import dev.tengen.games.sgf.SgfReader;
import dev.tengen.mcts.SearchParams;
import dev.tengen.mcts.UniformPolicyValue;
import dev.tengen.selfplay.actor.ActorConfig;
import dev.tengen.selfplay.actor.LoadedModel;
import dev.tengen.selfplay.actor.ModelSource;
import dev.tengen.selfplay.actor.SelfPlayActor;
import dev.tengen.selfplay.queue.GamesQueue;
import dev.tengen.selfplay.record.GameIds;
import dev.tengen.selfplay.record.GameRecord;
import dev.tengen.selfplay.record.RecordReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SgfExportTest {

  @TempDir Path dir;
  private final List<GameRecord> games = new ArrayList<>();
  private Path queueDir;

  /** Four 9x9 self-play games (uniform evaluator, few visits), appended to a queue. */
  @BeforeEach
  void playGames() throws Exception {
    queueDir = dir.resolve("games");
    SearchParams search = SearchParams.selfPlay().toBuilder().fullVisits(12).fastVisits(6).build();
    ActorConfig config = ActorConfig.defaults(9).withSearch(search).withGames(1, 4).withMaxGames(4)
        .withSeed(17).withMoveCap(120).withMetricsInterval(Duration.ofMinutes(1));
    try (GamesQueue queue = GamesQueue.open(queueDir)) {
      new SelfPlayActor(config, ModelSource.fixed(new LoadedModel("m000003", new UniformPolicyValue(), 1)),
          queue, new GameIds(() -> 0x5EEDL), Clock.systemUTC(), (i, r) -> games.add(r)).run();
    }
  }

  @Test
  void exportedFilesReadBackWithCommentsNamingModelValueAndVisits() throws Exception {
    Path out = dir.resolve("sgf");
    try (GamesQueue queue = GamesQueue.openReadOnly(queueDir)) {
      assertEquals(4, SgfExport.exportQueue(queue, -1, Long.MAX_VALUE, out));
    }
    for (GameRecord g : games) {
      Path file = out.resolve(String.format(Locale.ROOT, "%016x.sgf", g.gameId()));
      SgfGame sgf = SgfReader.read(Files.readString(file));
      assertEquals(g.moveCount(), sgf.moves().size());
      assertEquals(g.result().toSgf(), sgf.result());
      assertEquals("Tengen m000003", sgf.blackPlayer());
      for (int i = 0; i < g.moveCount(); i++) {
        assertEquals(g.action(i), sgf.moves().get(i).action());
        assertEquals(SgfExport.moveComment(g, i), sgf.moves().get(i).comment());
      }
      assertTrue(sgf.moves().get(0).comment().startsWith("model m000003\nvalue "), sgf.moves().get(0).comment());
      assertEquals(RecordReplay.replay(g).positionHash(), sgf.toGame().positionHash());
    }
  }

  @Test
  void anIndexRangeExportsOnlyThoseGames() throws Exception {
    Path out = dir.resolve("range");
    try (GamesQueue queue = GamesQueue.openReadOnly(queueDir)) {
      long first = queue.firstIndex();
      assertEquals(2, SgfExport.exportQueue(queue, first + 1, first + 2, out));
    }
    try (var files = Files.list(out)) {
      assertEquals(2, files.filter(p -> p.toString().endsWith(".sgf")).count());
    }
  }

  @Test
  void gnuGoLoadsEveryExportedGameAndReachesTheSameFinalPosition() throws Exception {
    if (!GnuGo.available() && System.getenv("CI") != null) {
      throw new AssertionError("GNU Go is missing at " + GnuGo.BINARY + " on CI (apt-get install gnugo)");
    }
    assumeTrue(GnuGo.available(), "GNU Go not installed at " + GnuGo.BINARY + " (apt-get install gnugo)");
    Path out = dir.resolve("sgf");
    try (GamesQueue queue = GamesQueue.openReadOnly(queueDir)) {
      SgfExport.exportQueue(queue, -1, Long.MAX_VALUE, out);
    }
    try (GnuGo gnugo = new GnuGo()) {
      for (GameRecord g : games) {
        Path file = out.resolve(String.format(Locale.ROOT, "%016x.sgf", g.gameId()));
        gnugo.send("loadsgf " + file.toAbsolutePath());
        Game replayed = RecordReplay.replay(g);
        assertEquals(stones(replayed, Stone.BLACK), vertices(gnugo.send("list_stones black")),
            "black stones of game " + Long.toHexString(g.gameId()));
        assertEquals(stones(replayed, Stone.WHITE), vertices(gnugo.send("list_stones white")),
            "white stones of game " + Long.toHexString(g.gameId()));
        assertEquals(Integer.toString(replayed.captures(Color.BLACK)), gnugo.send("captures black"));
        assertEquals(Integer.toString(replayed.captures(Color.WHITE)), gnugo.send("captures white"));
      }
    }
  }

  private static TreeSet<String> stones(Game game, int stone) {
    TreeSet<String> out = new TreeSet<>();
    int size = game.size();
    for (int a = 0; a < size * size; a++) {
      if (game.stoneAt(a) == stone) {
        out.add(Actions.toGtp(a, size));
      }
    }
    return out;
  }

  private static TreeSet<String> vertices(String reply) {
    TreeSet<String> out = new TreeSet<>();
    Arrays.stream(reply.trim().split("\\s+")).filter(s -> !s.isEmpty())
        .forEach(s -> out.add(s.toUpperCase(Locale.ROOT)));
    return out;
  }
}
