package dev.tengen.selfplay.actor;

import dev.tengen.mcts.PolicyValue;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model ready to play: its id (as on the model queue and in game records), the evaluator that
 * runs it, the feature version of its inputs (0 for evaluators without features, such as {@code
 * UniformPolicyValue}), and optionally a resource to close once nobody plays with it any more
 * (e.g. the network's inference service). Compared by identity.
 *
 * <p>Reference counted: the creator holds the first reference; every self-play thread that
 * searches with the model {@link #acquire() acquires} one and {@link #release() releases} it when
 * its last game has moved on to a newer model. The resource is closed when the count reaches 0,
 * so a replaced model is freed exactly when its last in-flight search has finished.
 */
public final class LoadedModel {

  private static final Logger LOG = LoggerFactory.getLogger(LoadedModel.class);

  private final String modelId;
  private final PolicyValue policyValue;
  private final int featureVersion;
  private final AutoCloseable resource;
  private final AtomicInteger references = new AtomicInteger(1);

  /** A model with nothing to close. */
  public LoadedModel(String modelId, PolicyValue policyValue, int featureVersion) {
    this(modelId, policyValue, featureVersion, null);
  }

  /**
   * @param resource closed when the last reference is released (null for none)
   * @throws IllegalArgumentException if the feature version is outside 0..65535
   */
  public LoadedModel(String modelId, PolicyValue policyValue, int featureVersion, AutoCloseable resource) {
    this.modelId = Objects.requireNonNull(modelId, "modelId");
    this.policyValue = Objects.requireNonNull(policyValue, "policyValue");
    if (featureVersion < 0 || featureVersion > 0xFFFF) {
      throw new IllegalArgumentException("feature version must be 0 to 65535, got " + featureVersion);
    }
    this.featureVersion = featureVersion;
    this.resource = resource;
  }

  public String modelId() {
    return modelId;
  }

  public PolicyValue policyValue() {
    return policyValue;
  }

  public int featureVersion() {
    return featureVersion;
  }

  /** Takes a reference; false if the model was already closed (then use a newer one). */
  public boolean acquire() {
    while (true) {
      int n = references.get();
      if (n <= 0) {
        return false;
      }
      if (references.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /**
   * Gives a reference back; the last one closes the resource (errors are logged, not thrown).
   *
   * @throws IllegalStateException if more references are released than were taken
   */
  public void release() {
    int n = references.decrementAndGet();
    if (n < 0) {
      throw new IllegalStateException(this + " released more often than acquired");
    }
    if (n == 0 && resource != null) {
      try {
        resource.close();
        LOG.info("closed {}", this);
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", this, e.toString());
      }
    }
  }

  /** Whether the last reference has been released. */
  public boolean isClosed() {
    return references.get() <= 0;
  }

  @Override
  public String toString() {
    return "model " + modelId + " (features v" + featureVersion + ")";
  }
}
