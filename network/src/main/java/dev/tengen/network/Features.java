package dev.tengen.network;

/**
 * The input feature planes, version {@value #VERSION}. Every checkpoint and every self-play
 * record stores the version it was made with; a change to any plane below must bump it.
 *
 * <p>Layout is NHWC: for position {@code n} of a batch, point {@code p} (the action index
 * {@code y * size + x}) and plane {@code f}, the value sits at
 * {@code ((n * size * size) + p) * PLANES + f}. All planes are from the point of view of the
 * player to move ("own" = the side to move, "opponent" = the other side), like KataGo's.
 *
 * <table>
 *   <caption>Planes of version 1</caption>
 *   <tr><th>plane</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>1 on every point (lets the convolutions see the edge through zero padding)</td></tr>
 *   <tr><td>1, 2</td><td>own, opponent stones now</td></tr>
 *   <tr><td>3..8</td><td>own, opponent stones 1, 2, 3 plies ago (pairs), {@link #HISTORY} positions in all</td></tr>
 *   <tr><td>9, 10, 11</td><td>stones (either colour) whose chain has 1, 2, 3 or more liberties</td></tr>
 *   <tr><td>12</td><td>empty points where the side to move may not play (simple ko, suicide, superko)</td></tr>
 *   <tr><td>13..17</td><td>the point played 1..5 plies ago (nothing for a pass or before the start)</td></tr>
 *   <tr><td>18, 19</td><td>all ones if the ply 1 (resp. 2) ago was a pass</td></tr>
 *   <tr><td>20</td><td>all ones if Black is to move</td></tr>
 *   <tr><td>21</td><td>komi from the side to move's view (+komi for White, -komi for Black) / {@value #KOMI_SCALE}</td></tr>
 * </table>
 */
public final class Features {

  /** Version of the planes above; stored in checkpoints and self-play records. */
  public static final int VERSION = 1;

  /** Positions of stone history, the current one included. */
  public static final int HISTORY = 4;

  /** Plies of last-move planes. */
  public static final int LAST_MOVES = 5;

  /** Divisor of komi in the komi plane (KataGo's). */
  public static final float KOMI_SCALE = 20f;

  public static final int ONES = 0;
  public static final int OWN_STONES = 1;
  public static final int OPPONENT_STONES = 2;
  /** Own stones {@code k} plies ago sit at {@code OWN_STONES + 2k}, opponent's one after. */
  public static final int LIBERTIES_1 = 1 + 2 * HISTORY;
  public static final int LIBERTIES_2 = LIBERTIES_1 + 1;
  public static final int LIBERTIES_3_OR_MORE = LIBERTIES_1 + 2;
  public static final int ILLEGAL = LIBERTIES_1 + 3;
  public static final int LAST_MOVE = ILLEGAL + 1;
  public static final int PASSED_1_AGO = LAST_MOVE + LAST_MOVES;
  public static final int PASSED_2_AGO = PASSED_1_AGO + 1;
  public static final int BLACK_TO_MOVE = PASSED_2_AGO + 1;
  public static final int KOMI = BLACK_TO_MOVE + 1;

  /** Planes per point. */
  public static final int PLANES = KOMI + 1;

  private Features() {}
}
