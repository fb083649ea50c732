package dev.tengen.games.bench;

import dev.tengen.games.playout.RandomPlayout;
import dev.tengen.games.playout.XorShiftRandom;
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
 * Random playouts per second on one thread: {@code board} on {@link dev.tengen.games.Board},
 * {@code playoutBoard} on the pseudo-liberty {@link dev.tengen.games.playout.PlayoutBoard}
 * ({@link RandomPlayout}), {@code naiveBaseline} on the flood-fill {@link NaiveBoard}, same
 * policy and rules (simple ko, suicide forbidden, no filling of one's own eyes, two passes end
 * it). Report ratios measured in the same run, since the machine is shared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PlayoutBenchmark {
  @Param({"9", "19"})
  public int size;

  private Playouts playouts;
  private RandomPlayout fast;
  private NaiveBoard naive;
  private XorShiftRandom random;

  @Setup
  public void setUp() {
    playouts = new Playouts(size);
    fast = new RandomPlayout(size);
    naive = new NaiveBoard(size);
    random = new XorShiftRandom(20260101L + size);
  }

  @Benchmark
  public int board() {
    return playouts.playout(random);
  }

  @Benchmark
  public int playoutBoard() {
    return fast.playout(random);
  }

  @Benchmark
  public int naiveBaseline() {
    return naive.playout(random);
  }
}
