package dev.tengen.cli;

/**
 * Entry point of {@code tengen.jar}.
 *
 * <p>Before anything else it sets Chronicle Queue's {@code chronicle.analytics.disable} and
 * {@code chronicle.announcer.disable} system properties (unless already given with {@code -D}):
 * Chronicle reads them in static initialisers, so they must be set before any Chronicle class
 * loads, and this class refers to none. The JVM opens and exports Chronicle needs come from the
 * jar manifest ({@code Add-Opens}, {@code Add-Exports}), so {@code java -jar tengen.jar} needs no
 * flags.
 */
public final class Main {
  private Main() {}

  /** Runs the launcher and exits with its code. */
  public static void main(String[] args) {
    disableChronicleTelemetry();
    int code = Launcher.run(args, Io.system());
    System.out.flush();
    System.exit(code);
  }

  /** Sets Chronicle's two opt-out properties unless the user set them. Idempotent. */
  public static void disableChronicleTelemetry() {
    setIfAbsent("chronicle.analytics.disable", "true");
    setIfAbsent("chronicle.announcer.disable", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
