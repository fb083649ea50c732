package dev.tengen.cli.config;

import dev.tengen.network.Features;
import dev.tengen.network.NetworkConfig;

/**
 * The {@code tengen.network} section: the shape of a run's network. With the board size from
 * {@code tengen.game} it makes a {@link NetworkConfig}; defaults are
 * {@link NetworkConfig#defaults(int)}'s (6 blocks x 64 channels, 32/32/64 heads).
 *
 * @param blocks residual blocks, at least 1
 * @param channels tower channels, at least 1
 * @param policyChannels policy head channels, at least 1
 * @param valueChannels value head channels, at least 1
 * @param valueHidden value head hidden units, at least 1
 */
public record NetworkShape(int blocks, int channels, int policyChannels, int valueChannels,
    int valueHidden) {

  /** @throws IllegalArgumentException naming the first field below 1 */
  public NetworkShape {
    atLeastOne("blocks", blocks);
    atLeastOne("channels", channels);
    atLeastOne("policyChannels", policyChannels);
    atLeastOne("valueChannels", valueChannels);
    atLeastOne("valueHidden", valueHidden);
  }

  /** The network config for a board of this size, with the current feature version. */
  public NetworkConfig toConfig(int boardSize) {
    return new NetworkConfig(boardSize, blocks, channels, policyChannels, valueChannels,
        valueHidden, Features.VERSION);
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
