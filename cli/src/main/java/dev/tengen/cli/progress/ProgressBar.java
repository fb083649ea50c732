package dev.tengen.cli.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar for bounded work (an evaluation match, an export). On a terminal it is one line
 * redrawn in place with {@code \r} at every step, ended by a line break; elsewhere (a log file, a
 * pipe) it prints a plain line at most once per {@code lineInterval}, and always the first and
 * the last state, so logs stay short and readable. Thread-safe; each call costs one formatted
 * line at most.
 *
 * <pre>
 * terminal:  evaluator gate-step-000000500-vs-initial [##########----------]  20/40  50% W/L 12/8
 * log:       evaluator gate-step-000000500-vs-initial: 20/40 (50%) W/L 12/8
 * </pre>
 */
public final class ProgressBar {
  /** Width of the bar in characters, between the brackets. */
  static final int WIDTH = 20;

  private final String label;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final long lineIntervalNanos;
  private final LongSupplier nanoTime;
  private long done;
  private String detail = "";
  private long lastLineNanos;
  private boolean printedAny;
  private boolean finished;
  private String lastLogged;

  /**
   * @param label what is progressing, printed first
   * @param total the amount of work, at least 1
   * @param out where to draw (stderr)
   * @param terminal whether {@code out} is a terminal (redraw in place) or a log (periodic lines)
   * @param lineInterval least time between two log lines (ignored on a terminal)
   * @param nanoTime the clock ({@code System::nanoTime}; tests pass their own)
   * @throws IllegalArgumentException if {@code total < 1} or the interval is negative
   */
  public ProgressBar(String label, long total, PrintStream out, boolean terminal,
      Duration lineInterval, LongSupplier nanoTime) {
    if (total < 1) {
      throw new IllegalArgumentException("progress bar '" + label + "': total " + total + " < 1");
    }
    if (lineInterval.isNegative()) {
      throw new IllegalArgumentException("progress bar '" + label + "': negative interval");
    }
    this.label = label;
    this.total = total;
    this.out = out;
    this.terminal = terminal;
    this.lineIntervalNanos = lineInterval.toNanos();
    this.nanoTime = nanoTime;
  }

  /** A bar on stderr-like {@code out} using the system clock. */
  public static ProgressBar of(String label, long total, PrintStream out, boolean terminal,
      Duration lineInterval) {
    return new ProgressBar(label, total, out, terminal, lineInterval, System::nanoTime);
  }

  /**
   * Records that {@code done} units are complete (clamped to {@code [0, total]}), with an
   * optional {@code detail} shown after the count (e.g. the match score); draws if due.
   */
  public synchronized void update(long done, String detail) {
    if (finished) {
      return;
    }
    this.done = Math.max(0, Math.min(total, done));
    this.detail = detail == null ? "" : detail;
    long now = nanoTime.getAsLong();
    if (terminal) {
      out.print("\r" + barLine());
      out.flush();
      printedAny = true;
    } else if (!printedAny || now - lastLineNanos >= lineIntervalNanos) {
      printLogLine(logLine());
      lastLineNanos = now;
    }
  }

  /**
   * Ends the bar at its current state: on a terminal the line is completed with a line break;
   * in a log the last state is printed unless it was the last line printed. Later updates are
   * ignored; idempotent.
   */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (terminal) {
      out.println("\r" + barLine());
    } else {
      String last = logLine();
      if (!last.equals(lastLogged)) {
        printLogLine(last);
      }
    }
    out.flush();
  }

  /** The terminal form of the current state. */
  synchronized String barLine() {
    int filled = (int) (WIDTH * done / total);
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d %3d%%%s", label, "#".repeat(filled),
        "-".repeat(WIDTH - filled), done, total, 100 * done / total, suffix());
  }

  /** The log form of the current state. */
  synchronized String logLine() {
    return String.format(Locale.ROOT, "%s: %d/%d (%d%%)%s", label, done, total,
        100 * done / total, suffix());
  }

  private void printLogLine(String line) {
    out.println(line);
    lastLogged = line;
    printedAny = true;
  }

  private String suffix() {
    return detail.isEmpty() ? "" : " " + detail;
  }
}
