package dev.tengen.network;

import java.util.Collection;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Frees ND4J arrays' native memory now instead of when the garbage collector finds them. ND4J
 * arrays hold their data off the Java heap; a training step makes megabytes of them while the
 * Java heap barely grows, so without this the process's memory climbs by gigabytes between
 * collections.
 */
final class OffHeap {

  private OffHeap() {}

  /**
   * Closes every array that owns its buffer ({@link INDArray#closeable()}); views, nulls and
   * already closed arrays are skipped. The caller must not use the arrays afterwards.
   */
  static void close(Collection<INDArray> arrays) {
    for (INDArray array : arrays) {
      if (array != null && !array.wasClosed() && array.closeable()) {
        array.close();
      }
    }
  }
}
