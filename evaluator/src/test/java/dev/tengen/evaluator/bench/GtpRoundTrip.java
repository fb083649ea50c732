package dev.tengen.evaluator.bench;

import dev.tengen.evaluator.gtp.GnuGo;
import dev.tengen.evaluator.gtp.GtpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * GTP client overhead: round trips per second of a trivial command ({@code protocol_version}) to
 * GNU Go through {@link GtpClient}, beside the same loop through the oracle's Python client
 * ({@code ../shared/oracle/gtpcore.py}, when present) in the same run as the baseline.
 *
 * <pre>
 * java -cp evaluator/target/test-classes:evaluator/target/classes:games/target/classes \
 *     dev.tengen.evaluator.bench.GtpRoundTrip [rounds]
 * </pre>
 */
public final class GtpRoundTrip {

  private GtpRoundTrip() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    String gnugo = GnuGo.find().orElseThrow().toString();
    List<String> cmd = List.of(gnugo, "--mode", "gtp");
    double java = 0;
    try (GtpClient c = GtpClient.start("gnugo", cmd, null)) {
      for (int i = 0; i < 2000; i++) { // warm-up
        c.send("protocol_version", Duration.ofSeconds(10));
      }
      long t0 = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        c.send("protocol_version", Duration.ofSeconds(10));
      }
      java = rounds / ((System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(Locale.ROOT, "java GtpClient:   %,.0f round trips/s (%d rounds)%n", java,
        rounds);
    Path oracle = Path.of("../shared/oracle/gtpcore.py");
    if (!Files.exists(oracle)) {
      System.out.println("no ../shared/oracle/gtpcore.py: no Python baseline");
      return;
    }
    String py = String.join("\n",
        "import sys, time",
        "sys.path.insert(0, '../shared/oracle')",
        "from gtpcore import GTPEngine",
        "e = GTPEngine('" + gnugo + " --mode gtp')",
        "for i in range(2000): e.send('protocol_version', timeout=10)",
        "t = time.perf_counter()",
        "for i in range(" + rounds + "): e.send('protocol_version', timeout=10)",
        "print(" + rounds + " / (time.perf_counter() - t))",
        "e.close()");
    Process p = new ProcessBuilder("python3", "-c", py).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    double python = Double.parseDouble(out);
    System.out.printf(Locale.ROOT, "python gtpcore:   %,.0f round trips/s (baseline, same run)%n",
        python);
    System.out.printf(Locale.ROOT, "ratio java/python: %.2f%n", java / python);
  }
}
