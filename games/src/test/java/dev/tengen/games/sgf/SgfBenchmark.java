package dev.tengen.games.sgf;

import dev.tengen.games.Game;
import dev.tengen.games.Move;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Cost of SGF against the bare rules engine, on one thread, for one seeded random game (9x9: 120
 * plies, 19x19: 300 plies): {@code readAndReplay} parses the text and replays it into a {@link
 * Game}; {@code write} records a finished {@code Game} and prints it; {@code replayBaseline} plays
 * the same actions into a new {@code Game} with no SGF at all. Report readAndReplay / replayBaseline
 * and write / replayBaseline, measured in the same run (the machine is shared).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class SgfBenchmark {
  @Param({"9", "19"})
  public int size;

  private String text;
  private Game finished;
  private int[] actions;
  private SgfGame record;

  @Setup
  public void setUp() {
    finished = RandomGames.play(size, 2026, size == 9 ? 120 : 300, 0.0);
    record = SgfGame.fromGame(finished);
    text = SgfWriter.write(record);
    List<Move> moves = finished.moves();
    actions = moves.stream().mapToInt(Move::action).toArray();
  }

  @Benchmark
  public Game readAndReplay() {
    return SgfReader.read(text).toGame();
  }

  @Benchmark
  public String write() {
    return SgfWriter.write(SgfGame.fromGame(finished));
  }

  @Benchmark
  public Game replayBaseline() {
    Game game = new Game(size, record.tengenRules(), Math.max(3 * size * size, actions.length));
    for (int action : actions) {
      game.play(action);
    }
    return game;
  }
}
