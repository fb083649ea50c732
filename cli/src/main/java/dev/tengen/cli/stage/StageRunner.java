package dev.tengen.cli.stage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs stages as threads of one process until all finish; the first failure stops the others,
 * and so does {@link #stopAll()} (which a shutdown hook calls on Ctrl-C or SIGTERM). Each stage
 * resumes from the run directory when started again, so stopping at any moment is safe.
 */
public final class StageRunner {
  private final List<Stage> stages;
  private final PrintStream log;

  public StageRunner(List<Stage> stages, PrintStream log) {
    this.stages = List.copyOf(stages);
    this.log = log;
  }

  /**
   * Runs every stage in its own thread and waits for all.
   *
   * @throws Exception the first stage failure (the others were stopped)
   */
  public void runAll() throws Exception {
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (Stage stage : stages) {
      Thread thread = new Thread(() -> {
        try {
          stage.run();
          log.println("tengen: " + stage.name() + " finished");
        } catch (Exception e) {
          if (failure.compareAndSet(null, e)) {
            log.println("tengen: " + stage.name() + " failed: " + e + "; stopping the others");
            stopAll();
          }
        }
      }, "tengen-" + stage.name());
      threads.add(thread);
      thread.start();
    }
    Thread hook = new Thread(() -> {
      stopAll();
      for (Thread t : threads) {
        try {
          t.join(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "tengen-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** Asks every stage to stop. */
  public void stopAll() {
    for (Stage stage : stages) {
      stage.stop();
    }
  }
}
