package dev.tengen.cli.stage;

/** One long-running stage of a run (self-play, trainer, evaluator), stoppable from another thread. */
public interface Stage {
  /** The stage's name for logs: "selfplay", "trainer", "evaluator". */
  String name();

  /** Runs until done or {@link #stop()}; blocks. */
  void run() throws Exception;

  /** Asks {@link #run()} to return soon; callable from any thread, idempotent. */
  void stop();
}
