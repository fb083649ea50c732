package dev.tengen.mcts;

import java.util.Arrays;

/**
 * The nodes of one search tree as parallel arrays indexed by int (struct of arrays), so that a
 * tree of a million nodes is a dozen arrays rather than a million objects.
 *
 * <p>The children of a node are created together when it is expanded and lie side by side:
 * {@code firstChild[n] .. firstChild[n] + childCount[n] - 1}. Each node stores the statistics of
 * the edge into it: the move ({@code action}), its prior, its visits and the sum of the values
 * backed up through it, <b>from the side to move at that node</b> (so the parent, whose opponent
 * that is, reads {@code -valueSum / visits}).
 *
 * <p>Memory: 49 bytes per node; arrays grow by doubling up to {@code maxNodes}. {@link #reroot}
 * copies the kept subtree breadth-first into a second set of arrays (a copying collection) and
 * keeps the old set as the spare for the next reroot, so the whole old tree is reclaimed at a cost
 * proportional to the kept part, with no allocation once both sets have grown; the price is up to
 * twice the memory of the largest tree. Not thread-safe: one search owns it.
 */
final class SearchTree {

  /** Created by its parent's expansion, never evaluated. */
  static final byte NEW = 0;
  /** Sent to the evaluator; the result is not back yet. */
  static final byte PENDING = 1;
  /** Evaluated and has children. */
  static final byte EXPANDED = 2;
  /** The game is over here; {@code nnValue} holds the rules' result for the side to move. */
  static final byte TERMINAL = 3;
  /** Evaluated, but the tree was full so it has no children; revisits back up {@code nnValue}. */
  static final byte EVALUATED = 4;

  static final int NONE = -1;

  private final int maxNodes;
  private int size;
  /** The previous array set, reused by the next {@link #reroot} (double buffering). */
  private SearchTree spare;

  int[] action;
  float[] prior;
  int[] visits;
  double[] valueSum;
  double[] valueSqSum;
  int[] inFlight;
  int[] firstChild;
  int[] childCount;
  byte[] state;
  float[] nnValue;
  float[] visitedPrior;

  SearchTree(int maxNodes, int initialCapacity) {
    this.maxNodes = maxNodes;
    allocateArrays(Math.max(2, Math.min(maxNodes, initialCapacity)));
  }

  /** The cap on the number of nodes. */
  int maxNodes() {
    return maxNodes;
  }

  /** Nodes in use. */
  int size() {
    return size;
  }

  /** Whether {@code count} more nodes fit under the cap. */
  boolean hasRoomFor(int count) {
    return size + count <= maxNodes;
  }

  /** Empties the tree and creates a fresh root (state NEW); returns its index, always 0. */
  int resetToNewRoot() {
    size = 0;
    int root = allocate(1);
    initNode(root, NONE, 1f);
    return root;
  }

  /**
   * Reserves {@code count} consecutive nodes and returns the first index, or {@link #NONE} if
   * that would exceed the cap. The nodes' contents are unspecified until {@link #initNode}.
   */
  int allocate(int count) {
    if (size + count > maxNodes) {
      return NONE;
    }
    if (size + count > action.length) {
      grow(size + count);
    }
    int first = size;
    size += count;
    return first;
  }

  /**
   * Sets nodes {@code first .. first + count - 1} to NEW nodes with no statistics; the caller
   * then sets each one's {@code action} and {@code prior}. Array fills, one array at a time.
   * Only the fields a NEW node's readers use are cleared: {@code firstChild}, {@code childCount}
   * and {@code visitedPrior} are meaningful only once EXPANDED, {@code nnValue} only once
   * evaluated or TERMINAL, and each is written at that transition.
   */
  void initBlock(int first, int count) {
    int end = first + count;
    Arrays.fill(visits, first, end, 0);
    Arrays.fill(valueSum, first, end, 0);
    Arrays.fill(valueSqSum, first, end, 0);
    Arrays.fill(inFlight, first, end, 0);
    Arrays.fill(state, first, end, NEW);
  }

  /** Sets node {@code n} to a NEW node reached by {@code move} with that prior. */
  void initNode(int n, int move, float p) {
    action[n] = move;
    prior[n] = p;
    visits[n] = 0;
    valueSum[n] = 0;
    valueSqSum[n] = 0;
    inFlight[n] = 0;
    firstChild[n] = NONE;
    childCount[n] = 0;
    state[n] = NEW;
    nnValue[n] = 0;
    visitedPrior[n] = 0;
  }

  /**
   * Makes the subtree under {@code newRoot} the whole tree, its root at index 0 with every
   * statistic kept, and frees every other node. Costs time proportional to the kept subtree.
   *
   * @throws IllegalStateException if any simulation is still in flight
   */
  void reroot(int newRoot) {
    if (inFlight[0] != 0) {
      throw new IllegalStateException("cannot reroot with " + inFlight[0] + " simulations in flight");
    }
    SearchTree target = spare != null ? spare : new SearchTree(maxNodes, Math.max(1024, size / 4));
    target.spare = null;
    target.size = 1;
    target.copyNode(this, newRoot, 0);
    // Breadth-first copy; the target's own node order is the queue.
    for (int dst = 0; dst < target.size; dst++) {
      if (target.state[dst] != EXPANDED) {
        continue;
      }
      int src = target.firstChild[dst];
      int count = target.childCount[dst];
      int first = target.allocate(count);
      for (int i = 0; i < count; i++) {
        target.copyNode(this, src + i, first + i);
      }
      target.firstChild[dst] = first;
    }
    // Swap the array sets: this tree takes the copy, the old arrays become the spare.
    SearchTree old = new SearchTree(this);
    adopt(target);
    target.adopt(old);
    spare = target;
  }

  /** A shallow holder of another tree's arrays (no copy). */
  private SearchTree(SearchTree arraysOf) {
    this.maxNodes = arraysOf.maxNodes;
    adopt(arraysOf);
  }

  /** Copies node {@code src} of {@code from} into {@code dst} here, children pointer unchanged. */
  private void copyNode(SearchTree from, int src, int dst) {
    action[dst] = from.action[src];
    prior[dst] = from.prior[src];
    visits[dst] = from.visits[src];
    valueSum[dst] = from.valueSum[src];
    valueSqSum[dst] = from.valueSqSum[src];
    inFlight[dst] = 0;
    firstChild[dst] = from.firstChild[src];
    childCount[dst] = from.childCount[src];
    state[dst] = from.state[src];
    nnValue[dst] = from.nnValue[src];
    visitedPrior[dst] = from.visitedPrior[src];
  }

  private void adopt(SearchTree other) {
    size = other.size;
    action = other.action;
    prior = other.prior;
    visits = other.visits;
    valueSum = other.valueSum;
    valueSqSum = other.valueSqSum;
    inFlight = other.inFlight;
    firstChild = other.firstChild;
    childCount = other.childCount;
    state = other.state;
    nnValue = other.nnValue;
    visitedPrior = other.visitedPrior;
  }

  private void allocateArrays(int capacity) {
    action = new int[capacity];
    prior = new float[capacity];
    visits = new int[capacity];
    valueSum = new double[capacity];
    valueSqSum = new double[capacity];
    inFlight = new int[capacity];
    firstChild = new int[capacity];
    childCount = new int[capacity];
    state = new byte[capacity];
    nnValue = new float[capacity];
    visitedPrior = new float[capacity];
  }

  private void grow(int needed) {
    int capacity = (int) Math.min(maxNodes, Math.max((long) needed, 2L * action.length));
    action = Arrays.copyOf(action, capacity);
    prior = Arrays.copyOf(prior, capacity);
    visits = Arrays.copyOf(visits, capacity);
    valueSum = Arrays.copyOf(valueSum, capacity);
    valueSqSum = Arrays.copyOf(valueSqSum, capacity);
    inFlight = Arrays.copyOf(inFlight, capacity);
    firstChild = Arrays.copyOf(firstChild, capacity);
    childCount = Arrays.copyOf(childCount, capacity);
    state = Arrays.copyOf(state, capacity);
    nnValue = Arrays.copyOf(nnValue, capacity);
    visitedPrior = Arrays.copyOf(visitedPrior, capacity);
  }

  /** The mean value of node {@code n} from the side to move there; 0 if never visited. */
  double meanValue(int n) {
    return visits[n] == 0 ? 0 : valueSum[n] / visits[n];
  }

  /** The child of expanded node {@code n} reached by {@code move}, or {@link #NONE}. */
  int childByAction(int n, int move) {
    int first = firstChild[n];
    for (int i = 0; i < childCount[n]; i++) {
      if (action[first + i] == move) {
        return first + i;
      }
    }
    return NONE;
  }

  /** The child of expanded node {@code n} with the most visits (ties: higher prior, then lower action). */
  int mostVisitedChild(int n) {
    int best = NONE;
    int first = firstChild[n];
    for (int c = first; c < first + childCount[n]; c++) {
      if (best == NONE || visits[c] > visits[best]
          || (visits[c] == visits[best] && prior[c] > prior[best])) {
        best = c;
      }
    }
    return best;
  }
}
