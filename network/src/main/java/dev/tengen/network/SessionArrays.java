package dev.tengen.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.config.SDValue;
import org.nd4j.autodiff.samediff.internal.AbstractSession;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Frees the activations a SameDiff execution leaves behind. In 1.0.0-M2.1 every op output of a
 * {@code calculateGradients}/{@code output} call stays referenced from the executing thread's
 * session until the next call replaces it, and is freed only when the garbage collector finds
 * the array: a 6×64 training step at batch 256 leaves about 1.5 GB of native memory behind while
 * the Java heap barely grows, so a long run's memory climbs to many gigabytes between
 * collections. {@link #release} closes those arrays at once.
 *
 * <p>Never closed: the arrays of the graph's variables and constants (and anything sharing their
 * memory), views, arrays already closed, and arrays the session's memory manager keeps in its
 * reuse cache (SameDiff hands those out again; the cache is bounded by a quarter of javacpp's
 * {@code maxBytes}, the JVM's {@code -Xmx} by default). Arrays SameDiff returned to the caller are session
 * outputs too: call {@link #release} only after they have been read. Not thread-safe; call it
 * from the thread that ran the graph, under the owner's lock.
 */
final class SessionArrays {

  private final List<SameDiff> graphs = new ArrayList<>();
  private final Set<Long> protectedAddresses = new HashSet<>();

  /**
   * @param graph the graph; its gradient function (if built) is covered too. The set of
   *     protected arrays is taken now, so call this after the graph and its gradient function
   *     are complete.
   */
  SessionArrays(SameDiff graph) {
    graphs.add(graph);
    SameDiff grad = graph.getFunction("grad");
    if (grad != null) {
      graphs.add(grad);
    }
    for (SameDiff g : graphs) {
      for (SDVariable v : g.variables()) {
        VariableType type = v.getVariableType();
        if (type == VariableType.VARIABLE || type == VariableType.CONSTANT) {
          INDArray array = g.getArrForVarName(v.name());
          if (array != null && array.data() != null) {
            protectedAddresses.add(array.data().address());
          }
        }
      }
    }
  }

  /** Closes every array the calling thread's sessions of the graph still hold, then forgets them. */
  void release() {
    long thread = Thread.currentThread().getId();
    for (SameDiff g : graphs) {
      InferenceSession session = g.getSessions().get(thread);
      if (session != null) {
        release(session);
      }
    }
  }

  private void release(InferenceSession session) {
    Set<INDArray> cached = Collections.newSetFromMap(new IdentityHashMap<>());
    if (session.getMmgr() instanceof ArrayCacheMemoryMgr cache) {
      cache.getArrays().values().forEach(cached::addAll);
      cached.addAll(cache.getLruCacheValues().values());
    }
    Map<AbstractSession.VarId, SDValue> values = session.getNodeValueOutputs();
    for (SDValue value : values.values()) {
      if (value == null) {
        continue;
      }
      switch (value.getSdValueType()) {
        case TENSOR -> close(value.getTensorValue(), cached);
        case LIST -> value.getListValue().forEach(array -> close(array, cached));
        default -> { }
      }
    }
    values.clear();
  }

  private void close(INDArray array, Set<INDArray> cached) {
    if (array == null || array.wasClosed() || !array.closeable() || array.data() == null
        || cached.contains(array) || protectedAddresses.contains(array.data().address())) {
      return;
    }
    array.close();
  }
}
