package dev.tengen.trainer;

import java.nio.file.Path;

/** A trainer in a child JVM, for {@link KillNineTest}: trains on the run until killed. */
public final class TrainerChild {
  private TrainerChild() {}

  public static void main(String[] args) {
    try (Trainer trainer = Trainer.open(KillNineTest.params(Path.of(args[0])))) {
      System.out.println("OPENED");
      trainer.run();
    }
  }
}
