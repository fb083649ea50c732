package dev.tengen.network;

import java.io.PrintStream;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Builds a SameDiff graph's gradient function without its console noise: SameDiff 1.0.0-M2.1
 * prints "Added differentiated op NAME" to {@code System.out} for every op (hundreds of lines
 * per network). While building, {@code System.out} is wrapped in a stream that drops exactly
 * those lines and passes everything else (other threads' output included) through.
 */
final class QuietGradientBuild {

  private static final String NOISE = "Added differentiated op";
  private static final Object LOCK = new Object();

  private QuietGradientBuild() {}

  static void createGradFunction(SameDiff graph) {
    synchronized (LOCK) {
      PrintStream original = System.out;
      PrintStream filtered = new PrintStream(original, true) {
        @Override
        public void println(String line) {
          if (line == null || !line.startsWith(NOISE)) {
            super.println(line);
          }
        }
      };
      System.setOut(filtered);
      try {
        graph.createGradFunction();
      } finally {
        if (System.out == filtered) {
          System.setOut(original);
        }
      }
    }
  }
}
