package dev.tengen.network;

/**
 * The shape of a policy-value network: board size, residual tower and head widths, and the
 * input feature version it reads. Two networks with equal configs have parameters of identical
 * names and shapes, so a checkpoint loads into any network built from its config.
 *
 * @param boardSize board side, 2 to 25 (the board size is a parameter everywhere, never a constant)
 * @param blocks residual blocks in the tower, at least 1
 * @param channels channels of the tower, at least 1
 * @param policyChannels channels of the 1x1 convolution that starts the policy head
 * @param valueChannels channels of the 1x1 convolution that starts the value and ownership heads
 * @param valueHidden width of the value head's hidden fully connected layer
 * @param featureVersion the {@link Features} version the input planes follow
 */
public record NetworkConfig(
    int boardSize,
    int blocks,
    int channels,
    int policyChannels,
    int valueChannels,
    int valueHidden,
    int featureVersion) {

  /** Smallest and largest board sides the network supports (those of the rules). */
  public static final int MIN_BOARD_SIZE = 2;

  public static final int MAX_BOARD_SIZE = 25;

  /** Validates every field; throws IllegalArgumentException naming the bad one. */
  public NetworkConfig {
    if (boardSize < MIN_BOARD_SIZE || boardSize > MAX_BOARD_SIZE) {
      throw new IllegalArgumentException(
          "boardSize " + boardSize + " outside [" + MIN_BOARD_SIZE + ", " + MAX_BOARD_SIZE + "]");
    }
    requirePositive("blocks", blocks);
    requirePositive("channels", channels);
    requirePositive("policyChannels", policyChannels);
    requirePositive("valueChannels", valueChannels);
    requirePositive("valueHidden", valueHidden);
    if (featureVersion != Features.VERSION) {
      throw new IllegalArgumentException(
          "featureVersion " + featureVersion + " is not supported (this build reads version "
              + Features.VERSION + ")");
    }
  }

  /**
   * A tower of {@code blocks} × {@code channels} with the default heads (32 policy channels,
   * 32 value channels, 64 hidden value units) and the current feature version.
   */
  public static NetworkConfig of(int boardSize, int blocks, int channels) {
    return new NetworkConfig(boardSize, blocks, channels, 32, 32, 64, Features.VERSION);
  }

  /** The default starting net for a board: 6 blocks × 64 channels (KataGo's first 9x9 size class). */
  public static NetworkConfig defaults(int boardSize) {
    return of(boardSize, 6, 64);
  }

  /** Board points, {@code boardSize²}. */
  public int points() {
    return boardSize * boardSize;
  }

  /** Policy outputs: every point plus pass. */
  public int actions() {
    return boardSize * boardSize + 1;
  }

  /** Input planes per point for this config's feature version. */
  public int inputPlanes() {
    return Features.PLANES;
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
