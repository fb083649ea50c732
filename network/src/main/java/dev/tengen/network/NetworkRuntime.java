package dev.tengen.network;

import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which ND4J backend and how many native threads this JVM uses, logged once at start.
 *
 * <p>Threads: ND4J's native ops use OpenMP, sized by the {@code OMP_NUM_THREADS} environment
 * variable read when the native library loads (unset: one per physical core). Tengen does not
 * override it in code; it sets it where it launches JVMs (surefire and the benchmark use 2, the
 * cores of the build machine) and logs the value here so every run states what it used.
 */
public final class NetworkRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkRuntime.class);
  private static final AtomicBoolean LOGGED = new AtomicBoolean();

  /**
   * A description of the backend.
   *
   * @param backend ND4J backend class, e.g. {@code CpuBackend} or {@code JCublasBackend}
   * @param cpu whether it runs on the CPU
   * @param maxThreads OpenMP threads per native op
   * @param ompNumThreads the {@code OMP_NUM_THREADS} environment variable, or "unset"
   */
  public record Info(String backend, boolean cpu, int maxThreads, String ompNumThreads) {
    @Override
    public String toString() {
      return "ND4J backend " + backend + (cpu ? " (CPU)" : " (GPU)") + ", " + maxThreads
          + " native threads (OMP_NUM_THREADS=" + ompNumThreads + ")";
    }
  }

  private NetworkRuntime() {}

  /** Loads ND4J if needed and describes it. */
  public static Info info() {
    String omp = System.getenv("OMP_NUM_THREADS");
    return new Info(Nd4j.getBackend().getClass().getSimpleName(),
        Nd4j.getEnvironment().isCPU(), Nd4j.getEnvironment().maxThreads(),
        omp == null ? "unset" : omp);
  }

  /** Logs {@link #info()} at INFO the first time it is called in this JVM. */
  public static void logOnce() {
    if (LOGGED.compareAndSet(false, true)) {
      LOG.info("{}", info());
    }
  }
}
