package dev.tengen.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and shapes of every parameter of a network with a given {@link NetworkConfig}, in
 * a fixed order (the order checkpoints store them in). Also names the convolution + batch-norm
 * pairs the graphs are built from, so training, inference and folding agree on one list.
 */
public final class ParameterLayout {

  /** A convolution followed by batch norm: the unit of the tower and of the heads' first layers. */
  public record ConvBn(String prefix, int kernel, int in, int out) {
    public String weight() {
      return prefix + "/conv/w";
    }

    public String gamma() {
      return prefix + "/bn/gamma";
    }

    public String beta() {
      return prefix + "/bn/beta";
    }

    public String runningMean() {
      return prefix + "/bn/mean";
    }

    public String runningVar() {
      return prefix + "/bn/var";
    }
  }

  public static final String POLICY_BOARD_W = "policy/board/w";
  public static final String POLICY_BOARD_B = "policy/board/b";
  public static final String POLICY_PASS_W = "policy/pass/w";
  public static final String POLICY_PASS_B = "policy/pass/b";
  public static final String VALUE_FC1_W = "value/fc1/w";
  public static final String VALUE_FC1_B = "value/fc1/b";
  public static final String VALUE_FC2_W = "value/fc2/w";
  public static final String VALUE_FC2_B = "value/fc2/b";
  public static final String OWNERSHIP_W = "ownership/w";
  public static final String OWNERSHIP_B = "ownership/b";

  private final NetworkConfig config;
  private final List<ParameterSpec> specs;
  private final Map<String, ParameterSpec> byName;

  private ParameterLayout(NetworkConfig config) {
    this.config = config;
    List<ParameterSpec> list = new ArrayList<>();
    for (ConvBn unit : convBnUnits(config)) {
      list.add(new ParameterSpec(
          unit.weight(), new long[] {unit.kernel(), unit.kernel(), unit.in(), unit.out()},
          ParameterSpec.Kind.WEIGHT));
      long[] c = {unit.out()};
      list.add(new ParameterSpec(unit.gamma(), c, ParameterSpec.Kind.BN_GAMMA));
      list.add(new ParameterSpec(unit.beta(), c, ParameterSpec.Kind.BN_BETA));
      list.add(new ParameterSpec(unit.runningMean(), c, ParameterSpec.Kind.BN_RUNNING_MEAN));
      list.add(new ParameterSpec(unit.runningVar(), c, ParameterSpec.Kind.BN_RUNNING_VAR));
    }
    int pc = config.policyChannels();
    int vc = config.valueChannels();
    int vh = config.valueHidden();
    list.add(new ParameterSpec(POLICY_BOARD_W, new long[] {1, 1, pc, 1}, ParameterSpec.Kind.WEIGHT));
    list.add(new ParameterSpec(POLICY_BOARD_B, new long[] {1}, ParameterSpec.Kind.BIAS));
    list.add(new ParameterSpec(POLICY_PASS_W, new long[] {pc, 1}, ParameterSpec.Kind.WEIGHT));
    list.add(new ParameterSpec(POLICY_PASS_B, new long[] {1}, ParameterSpec.Kind.BIAS));
    list.add(new ParameterSpec(VALUE_FC1_W, new long[] {vc, vh}, ParameterSpec.Kind.WEIGHT));
    list.add(new ParameterSpec(VALUE_FC1_B, new long[] {vh}, ParameterSpec.Kind.BIAS));
    list.add(new ParameterSpec(VALUE_FC2_W, new long[] {vh, 1}, ParameterSpec.Kind.WEIGHT));
    list.add(new ParameterSpec(VALUE_FC2_B, new long[] {1}, ParameterSpec.Kind.BIAS));
    list.add(new ParameterSpec(OWNERSHIP_W, new long[] {1, 1, vc, 1}, ParameterSpec.Kind.WEIGHT));
    list.add(new ParameterSpec(OWNERSHIP_B, new long[] {1}, ParameterSpec.Kind.BIAS));
    this.specs = Collections.unmodifiableList(list);
    Map<String, ParameterSpec> map = new LinkedHashMap<>();
    for (ParameterSpec spec : list) {
      map.put(spec.name(), spec);
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /** The layout of a network of this config. */
  public static ParameterLayout of(NetworkConfig config) {
    return new ParameterLayout(config);
  }

  public NetworkConfig config() {
    return config;
  }

  /** Every parameter, in checkpoint order. */
  public List<ParameterSpec> specs() {
    return specs;
  }

  /** The spec of that name, or null. */
  public ParameterSpec spec(String name) {
    return byName.get(name);
  }

  /** The stem: 3x3 convolution from the input planes to the tower. */
  public static ConvBn stem(NetworkConfig config) {
    return new ConvBn("stem", 3, config.inputPlanes(), config.channels());
  }

  /** First ({@code which} = 1) or second (2) 3x3 convolution of residual block {@code block}. */
  public static ConvBn block(NetworkConfig config, int block, int which) {
    return new ConvBn("block" + block + "/" + which, 3, config.channels(), config.channels());
  }

  /** The 1x1 convolution that starts the policy head. */
  public static ConvBn policyHead(NetworkConfig config) {
    return new ConvBn("policy", 1, config.channels(), config.policyChannels());
  }

  /** The 1x1 convolution that starts the value and ownership heads. */
  public static ConvBn valueHead(NetworkConfig config) {
    return new ConvBn("value", 1, config.channels(), config.valueChannels());
  }

  /** Every convolution + batch-norm unit in graph order. */
  public static List<ConvBn> convBnUnits(NetworkConfig config) {
    List<ConvBn> units = new ArrayList<>();
    units.add(stem(config));
    for (int b = 0; b < config.blocks(); b++) {
      units.add(block(config, b, 1));
      units.add(block(config, b, 2));
    }
    units.add(policyHead(config));
    units.add(valueHead(config));
    return units;
  }
}
