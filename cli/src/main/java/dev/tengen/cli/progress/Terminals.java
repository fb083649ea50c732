package dev.tengen.cli.progress;

import dev.tengen.cli.Io;

/** Whether progress output may redraw in place. */
public final class Terminals {
  private Terminals() {}

  /**
   * True when the process talks to a terminal ({@link Io#interactive()}) whose {@code TERM} is
   * not {@code dumb}. Java cannot ask about stderr alone; a redirected stdout or stdin counts as
   * "not a terminal", which errs towards plain lines in logs.
   */
  public static boolean redrawInPlace(Io io) {
    return io.interactive() && !"dumb".equals(io.env().get("TERM"));
  }
}
