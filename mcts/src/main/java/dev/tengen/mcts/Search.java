package dev.tengen.mcts;

import dev.tengen.games.Game;
import dev.tengen.games.IllegalMoveException;
import dev.tengen.games.Stone;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The PUCT search of one game: a tree over the positions reachable from the game's current
 * position, grown by simulations whose leaves are evaluated in batches.
 *
 * <p>Life cycle, per move: {@link #startMove()} (decides full or fast search, applies root
 * noise; or {@link #startMove(MoveBudget)} with this move's own visit and time budget), then a
 * {@link SearchDriver} advances it batch by batch until {@link #isFinished()},
 * then {@link #result()} gives the chosen move and the training target, and {@link
 * #advance(int)} plays a move (ours or the opponent's) and keeps the matching subtree.
 *
 * <p>How one simulation goes: from the root, repeatedly pick the child with the highest PUCT
 * score {@code Q + cPuct * P * sqrt(N) / (1 + n)} and {@code play} it on one scratch {@link Game}
 * owned by this search; at a new node either the game is over (scored by the rules: +1/-1/0 from
 * {@link Game#areaScore()}, never sent to the evaluator) or the position is added to the batch;
 * then {@code undo} back to the root. Nothing is copied per simulation. Several simulations are
 * in flight per batch ({@link SearchParams#leavesInFlight()}); each adds a virtual loss to the
 * nodes on its path so the next one goes elsewhere, and stops early on reaching a leaf that is
 * already in flight, so the leaves of one batch are distinct.
 *
 * <p>Values: every node's statistics are from the side to move at that node; the parent reads
 * a child's value negated. Invariant once no simulation is in flight: for an expanded node that
 * was expanded on its first visit (always, unless the tree was full), {@code visits = 1 + sum of
 * its children's visits}.
 *
 * <p>Ties: when several children are exactly equally good — equal PUCT scores during selection,
 * or equal visits (and LCB) for the move to play — one of them is drawn uniformly with the
 * search's generator, not the lowest action (which with flat priors would always explore and play
 * A1, B1, C1, ...). Exact ties happen with flat or symmetric priors (e.g. {@link
 * UniformPolicyValue}); a real network rarely produces them, so the cost is one random number
 * per tie.
 *
 * <p>Determinism: randomness (full/fast draw, Dirichlet noise, temperature, ties) comes only from
 * the generator passed in, so the same seed and the same evaluator give the same search. Not
 * thread-safe: one thread drives a search at a time.
 */
public final class Search {

  private final SearchParams params;
  private RandomGenerator rng;
  private final int numActions;
  private final float[] priorBuffer;
  /** Children tied for the best PUCT score in the current selection (one is drawn). */
  private final int[] tiedChildren;
  private final SearchTree tree;
  private Game game;

  private boolean started;
  private boolean fullSearch;
  private boolean forcedPlayouts;
  private boolean rootNoisePending;
  private float[] rootRawPriors;
  private int visitTarget;
  private long deadlineNanos;
  private int collisions;
  /** Plies the current simulation has played (path length); {@link #simulate} undoes them. */
  private int simulationDepth;
  /** Sum of the root children's visits, kept by backup (forced playouts need it per selection). */
  private long rootChildVisitSum;

  private int pendingCount;
  private final int[] pendingNode;
  private final int[] pendingSlot;
  private final int[] pendingDepth;
  private int[][] pendingPath;
  private int[] path;

  /**
   * Creates a search of {@code position}, which is copied once; later changes to it do not
   * affect the search (use {@link #advance} or {@link #reset}).
   *
   * @throws NullPointerException if an argument is null
   */
  public Search(Game position, SearchParams params, RandomGenerator rng) {
    this.params = Objects.requireNonNull(params, "params");
    this.rng = Objects.requireNonNull(rng, "rng");
    this.game = Objects.requireNonNull(position, "position").copy();
    this.numActions = game.numActions();
    if (params.maxNodes() < numActions + 1) {
      throw new IllegalArgumentException("maxNodes (" + params.maxNodes()
          + ") must hold at least a root and its children: " + (numActions + 1) + " on "
          + game.size() + "x" + game.size());
    }
    this.priorBuffer = new float[numActions];
    this.tiedChildren = new int[numActions];
    this.tree = new SearchTree(params.maxNodes(), 4096);
    tree.resetToNewRoot();
    int leaves = params.leavesInFlight();
    pendingNode = new int[leaves];
    pendingSlot = new int[leaves];
    pendingDepth = new int[leaves];
    int depth = Math.min(game.moveCap() + 2, 64);
    pendingPath = new int[leaves][depth];
    path = new int[depth];
  }

  /** The parameters of this search. */
  public SearchParams params() {
    return params;
  }

  /** The board size of the searched game. */
  public int boardSize() {
    return game.size();
  }

  /** A copy of the root position (allocates). */
  public Game position() {
    return game.copy();
  }

  /** Whether the root position's game is over (then no search can start). */
  public boolean isGameOver() {
    return game.isOver();
  }

  /** The ply number of the root position. */
  public int moveNumber() {
    return game.moveNumber();
  }

  /**
   * Starts the search for the move at the root: draws full or fast search (playout cap
   * randomization; consumes one random number only if {@code 0 < fullSearchProbability < 1}),
   * then {@link #startMove(boolean)}.
   */
  public void startMove() {
    double p = params.fullSearchProbability();
    boolean full = p >= 1 || (p > 0 && rng.nextDouble() < p);
    startMove(full);
  }

  /**
   * Starts the search for the move at the root with the given kind: a full search reaches
   * {@code fullVisits} root visits and, if {@code rootNoise}, gets Dirichlet noise and forced
   * playouts; a fast one reaches {@code fastVisits} with neither. Visits kept from tree reuse
   * count towards the target. The time budget ({@code timePerMove}), if any, starts now.
   *
   * @throws IllegalStateException if the game is over or simulations are in flight
   */
  public void startMove(boolean full) {
    startMove(full, params.budget(full));
  }

  /**
   * Starts a full search for the move at the root with this move's own budget instead of the
   * parameters' {@code fullVisits} and {@code timePerMove}: the way to give each move of a timed
   * game its own thinking time while keeping one search, and so the tree, across moves. The
   * tree kept by {@link #advance} keeps all its statistics and its visits count towards {@code
   * budget.visits()}. Noise and forced playouts as for {@link #startMove(boolean)
   * startMove(true)}; consumes no random number for the full/fast draw.
   *
   * @throws NullPointerException if budget is null
   * @throws IllegalStateException if the game is over or simulations are in flight
   */
  public void startMove(MoveBudget budget) {
    startMove(true, budget);
  }

  /**
   * Starts the search for the move at the root with the given kind ({@link #startMove(boolean)})
   * and budget ({@link #startMove(MoveBudget)}). The time, if any, starts now.
   *
   * @throws NullPointerException if budget is null
   * @throws IllegalStateException if the game is over or simulations are in flight
   */
  public void startMove(boolean full, MoveBudget budget) {
    Objects.requireNonNull(budget, "budget");
    if (game.isOver()) {
      throw new IllegalStateException("cannot search: the game is over (" + game.result() + ")");
    }
    if (pendingCount != 0) {
      throw new IllegalStateException("cannot start a move with simulations in flight");
    }
    restoreRootPriors();
    fullSearch = full;
    visitTarget = budget.visits();
    boolean noise = full && params.rootNoise();
    forcedPlayouts = noise && params.forcedPlayoutsCoefficient() > 0;
    rootNoisePending = false;
    if (noise) {
      if (tree.state[0] == SearchTree.EXPANDED) {
        applyRootNoise();
      } else {
        rootNoisePending = true;
      }
    }
    long nanos = budget.time().toNanos();
    deadlineNanos = nanos == 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
    collisions = 0;
    rootChildVisitSum = sumOfRootChildVisits();
    started = true;
  }

  /** Whether the current move's search was drawn full. */
  public boolean isFullSearch() {
    return fullSearch;
  }

  /**
   * Whether the current move's search is done: the root is expanded, nothing is in flight, and
   * the root has reached its visit target or the time budget is spent.
   */
  public boolean isFinished() {
    if (!started || pendingCount != 0 || tree.state[0] != SearchTree.EXPANDED) {
      return false;
    }
    return tree.visits[0] >= visitTarget
        || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos);
  }

  /** Whether {@link #startMove} was called since the last {@link #advance} or {@link #reset}. */
  public boolean isStarted() {
    return started;
  }

  /** Visits of the root so far (including those kept by tree reuse). */
  public int rootVisits() {
    return tree.visits[0];
  }

  /**
   * Visits of the root's child for {@code action} so far: the raw count, before policy target
   * pruning; 0 if the root is not expanded or has no such child (an illegal move, or a prior of
   * 0). Cheap: a scan of the root's children, no allocation. Typically read after {@link
   * #result()} for the chosen move, before {@link #advance}.
   *
   * @throws IllegalArgumentException if action is not in {@code [0, numActions)}
   */
  public int rootChildVisits(int action) {
    if (action < 0 || action >= numActions) {
      throw new IllegalArgumentException("action " + action + " is outside [0, " + numActions
          + ") on " + game.size() + "x" + game.size());
    }
    if (tree.state[0] != SearchTree.EXPANDED) {
      return 0;
    }
    int child = tree.childByAction(0, action);
    return child == SearchTree.NONE ? 0 : tree.visits[child];
  }

  /** Nodes in the tree now. */
  public int treeSize() {
    return tree.size();
  }

  /** Simulations since {@link #startMove} that stopped on a leaf already in flight. */
  public int collisions() {
    return collisions;
  }

  // ---------------------------------------------------------------------------------------
  // Driver protocol: gather leaves into a batch, then absorb the batch's results.

  /**
   * Runs simulations until {@code leavesInFlight} leaves are in the batch, the batch is full,
   * the visit target is covered, or a simulation reaches a leaf already in flight. Simulations
   * that end in a terminal position (or in a full tree) are backed up at once.
   *
   * @return the number of leaves this search added to the batch
   */
  int gather(EvalBatch batch) {
    if (!started) {
      throw new IllegalStateException("startMove() was not called");
    }
    while (pendingCount < params.leavesInFlight()
        && batch.size() < batch.capacity()
        && wantsMoreVisits()) {
      if (!simulate(batch)) {
        collisions++;
        break;
      }
    }
    return pendingCount;
  }

  /** Whether another simulation may start: the root needs its evaluation, or visits are short. */
  private boolean wantsMoreVisits() {
    if (tree.state[0] != SearchTree.EXPANDED) {
      return pendingCount == 0;
    }
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos) {
      return false;
    }
    return tree.visits[0] + pendingCount < visitTarget;
  }

  /**
   * Reads this search's results from the evaluated batch, expands and backs up its leaves. If
   * the evaluator's output breaks its contract, the leaves not yet absorbed are abandoned (see
   * {@link #abandonPending}) and the exception propagates; the search stays consistent.
   */
  void absorb(EvalBatch batch) {
    int i = 0;
    try {
      for (; i < pendingCount; i++) {
        absorbLeaf(batch, i);
      }
    } finally {
      abandonFrom(i); // nothing when all were absorbed; leaf i was left unchanged if it threw
    }
  }

  /**
   * Withdraws every simulation in flight: removes its virtual losses and returns its leaf to
   * the state it had before (NEW, or EVALUATED if it had visits). The driver calls this when the
   * evaluator fails, so the search can go on (or be reset) afterwards.
   */
  void abandonPending() {
    abandonFrom(0);
  }

  private void abandonFrom(int from) {
    for (int i = from; i < pendingCount; i++) {
      int node = pendingNode[i];
      tree.state[node] = tree.visits[node] == 0 ? SearchTree.NEW : SearchTree.EVALUATED;
      int[] nodes = pendingPath[i];
      for (int d = 0; d < pendingDepth[i]; d++) {
        tree.inFlight[nodes[d]]--;
      }
    }
    pendingCount = 0;
  }

  private void absorbLeaf(EvalBatch batch, int i) {
    int node = pendingNode[i];
    int slot = pendingSlot[i];
    float value = batch.value(slot);
    if (!(value >= -1f && value <= 1f)) {
      throw new IllegalStateException("evaluator returned value " + value + " for slot " + slot
          + "; values must lie in [-1, 1]");
    }
    batch.priors(slot, priorBuffer);
    expand(node, slot);
    tree.nnValue[node] = value;
    backup(pendingPath[i], pendingDepth[i], value, true);
    if (node == 0 && rootNoisePending && tree.state[0] == SearchTree.EXPANDED) {
      rootNoisePending = false;
      applyRootNoise();
    }
  }

  /**
   * One simulation; false if it stopped on a leaf already in flight (nothing changed). The
   * scratch game is back at the root afterwards, also when an exception propagates.
   */
  private boolean simulate(EvalBatch batch) {
    try {
      return descend(batch);
    } finally {
      for (int i = 1; i < simulationDepth; i++) {
        game.undo();
      }
    }
  }

  /** The body of {@link #simulate}: select down to a leaf, then add it or back it up. */
  private boolean descend(EvalBatch batch) {
    int node = 0;
    int depth = 1;
    simulationDepth = 1;
    path[0] = 0;
    boolean ok = true;
    while (true) {
      byte state = tree.state[node];
      if (state == SearchTree.EXPANDED) {
        int child = selectChild(node, depth == 1);
        playOrExplain(child);
        node = child;
        if (depth == path.length) {
          path = Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = child;
        simulationDepth = depth;
        continue;
      }
      if (state == SearchTree.PENDING) {
        ok = false;
      } else if (state == SearchTree.TERMINAL
          || (state == SearchTree.EVALUATED && !tree.hasRoomFor(numActions))) {
        backup(path, depth, tree.nnValue[node], false);
      } else if (game.isOver()) {
        tree.state[node] = SearchTree.TERMINAL;
        tree.nnValue[node] = terminalValue();
        backup(path, depth, tree.nnValue[node], false);
      } else {
        addLeaf(batch, node, depth);
      }
      return ok;
    }
  }

  /**
   * Plays the child's move. An illegal one means the evaluator put a prior on an illegal move
   * (its contract says exactly 0); that child stays in the tree, so the search should be reset.
   */
  private void playOrExplain(int child) {
    try {
      game.play(tree.action[child]);
    } catch (IllegalMoveException e) {
      throw new IllegalStateException("the evaluator gave a positive prior to an illegal move ("
          + e.getMessage() + "); priors of illegal moves must be exactly 0", e);
    }
  }

  /** The rules' result for the side to move in the (over) scratch game: +1, -1 or 0. */
  private float terminalValue() {
    double score = game.areaScore();
    float forBlack = score > 0 ? 1f : score < 0 ? -1f : 0f;
    return game.toMoveStone() == Stone.BLACK ? forBlack : -forBlack;
  }

  private void addLeaf(EvalBatch batch, int node, int depth) {
    int slot = batch.add(game);
    int i = pendingCount++;
    pendingNode[i] = node;
    pendingSlot[i] = slot;
    if (pendingPath[i].length < depth) {
      pendingPath[i] = new int[Math.max(depth, pendingPath[i].length * 2)];
    }
    System.arraycopy(path, 0, pendingPath[i], 0, depth);
    pendingDepth[i] = depth;
    tree.state[node] = SearchTree.PENDING;
    int[] inFlight = tree.inFlight;
    for (int d = 0; d < depth; d++) {
      inFlight[path[d]]++;
    }
  }

  /**
   * PUCT selection among the children of an expanded node, with first-play urgency, virtual
   * losses and, at the root of a full self-play search, forced playouts. Children with exactly
   * the best score are tied and one is drawn uniformly (one random number, only when there is
   * a tie), so flat priors do not always explore the lowest actions first.
   */
  private int selectChild(int node, boolean isRoot) {
    int first = tree.firstChild[node];
    int end = first + tree.childCount[node];
    int[] visits = tree.visits;
    int[] inFlight = tree.inFlight;
    double[] valueSum = tree.valueSum;
    float[] prior = tree.prior;
    double vl = params.virtualLoss();

    // Forced playouts: a visited root child with n < sqrt(k * P * total), i.e. n^2 < k * total * P,
    // is taken at once (the first such child in action order).
    double forcedScale = isRoot && forcedPlayouts
        ? params.forcedPlayoutsCoefficient() * rootChildVisitSum : -1;
    double parentVisits = visits[node] + vl * inFlight[node];
    double explore = params.cPuct() * Math.sqrt(parentVisits);
    double reduction = isRoot ? params.rootFpuReduction() : params.fpuReduction();
    double fpu = valueSum[node] / visits[node] - reduction * Math.sqrt(tree.visitedPrior[node]);

    int[] tied = tiedChildren;
    int ties = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = first; c < end; c++) {
      int n = visits[c];
      int f = inFlight[c];
      if (forcedScale > 0) {
        long started = n + f;
        if (started > 0 && started * started < forcedScale * prior[c]) {
          return c;
        }
      }
      double q = n > 0 ? -valueSum[c] / n : fpu;
      double effective = n;
      if (f > 0 && vl > 0) {
        double loss = vl * f;
        q = (q * n - loss) / (n + loss);
        effective = n + loss;
      }
      double score = q + explore * prior[c] / (1 + effective);
      if (score > bestScore) {
        bestScore = score;
        tied[0] = c;
        ties = 1;
      } else if (score == bestScore) {
        tied[ties++] = c;
      }
    }
    if (ties == 0) {
      return first; // no score was a number: cannot happen, values are checked at backup
    }
    return ties == 1 ? tied[0] : tied[rng.nextInt(ties)];
  }

  /** Adds one visit of {@code leafValue} (side to move at the leaf) along the path. */
  private void backup(int[] nodes, int depth, float leafValue, boolean removeVirtualLoss) {
    double v = leafValue;
    int[] visits = tree.visits;
    double[] valueSum = tree.valueSum;
    double[] valueSqSum = tree.valueSqSum;
    int[] inFlight = tree.inFlight;
    for (int d = depth - 1; d >= 0; d--) {
      int n = nodes[d];
      visits[n]++;
      valueSum[n] += v;
      valueSqSum[n] += v * v;
      if (removeVirtualLoss) {
        inFlight[n]--;
      }
      if (d > 0 && visits[n] == 1) {
        tree.visitedPrior[nodes[d - 1]] += tree.prior[n];
      }
      if (d == 1) {
        rootChildVisitSum++;
      }
      v = -v;
    }
  }

  /**
   * Creates the children of an evaluated leaf: one per action with a positive prior, in action
   * order, priors renormalized to sum to 1. By the {@link EvalBatch#priors} contract these are
   * exactly the legal moves (the evaluator had to compute legality to mask its output, so the
   * search does not compute it a second time); a legal move whose prior underflowed to 0 gets
   * no child.
   */
  private void expand(int node, int slot) {
    int count = 0;
    double sum = 0;
    for (int a = 0; a < numActions; a++) {
      float p = priorBuffer[a];
      if (p > 0) {
        count++;
        sum += p;
      } else if (!(p == 0)) {
        throw new IllegalStateException(
            "evaluator returned prior " + p + " for action " + a + " in slot " + slot);
      }
    }
    if (count == 0) {
      throw new IllegalStateException("evaluator returned no positive prior in slot " + slot
          + "; priors of legal moves must sum to 1 (pass is always legal)");
    }
    if (!tree.hasRoomFor(count)) {
      tree.state[node] = SearchTree.EVALUATED;
      return;
    }
    int first = tree.allocate(count);
    tree.initBlock(first, count);
    int[] action = tree.action;
    float[] prior = tree.prior;
    int child = first;
    for (int a = 0; a < numActions; a++) {
      float p = priorBuffer[a];
      if (p > 0) {
        action[child] = a;
        prior[child++] = (float) (p / sum);
      }
    }
    tree.firstChild[node] = first;
    tree.childCount[node] = count;
    tree.visitedPrior[node] = 0;
    tree.state[node] = SearchTree.EXPANDED;
  }

  private long sumOfRootChildVisits() {
    if (tree.state[0] != SearchTree.EXPANDED) {
      return 0;
    }
    long sum = 0;
    for (int c = tree.firstChild[0]; c < tree.firstChild[0] + tree.childCount[0]; c++) {
      sum += tree.visits[c];
    }
    return sum;
  }

  private void applyRootNoise() {
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    rootRawPriors = Arrays.copyOfRange(tree.prior, first, first + count);
    double[] eta = Dirichlet.sample(rng, params.noiseConcentration() / count, count);
    double w = params.noiseWeight();
    for (int i = 0; i < count; i++) {
      tree.prior[first + i] = (float) ((1 - w) * rootRawPriors[i] + w * eta[i]);
    }
    recomputeRootVisitedPrior();
  }

  private void restoreRootPriors() {
    if (rootRawPriors != null && tree.state[0] == SearchTree.EXPANDED) {
      System.arraycopy(rootRawPriors, 0, tree.prior, tree.firstChild[0], rootRawPriors.length);
      recomputeRootVisitedPrior();
    }
    rootRawPriors = null;
  }

  private void recomputeRootVisitedPrior() {
    int first = tree.firstChild[0];
    float mass = 0;
    for (int c = first; c < first + tree.childCount[0]; c++) {
      if (tree.visits[c] > 0) {
        mass += tree.prior[c];
      }
    }
    tree.visitedPrior[0] = mass;
  }

  // ---------------------------------------------------------------------------------------
  // Results.

  /**
   * The outcome of the finished search: the chosen move (with temperature in self-play, else by
   * most visits or LCB), the root value, the policy target after pruning and the principal
   * variation ({@link #info()} gives per-child statistics). Consumes a random number when the
   * temperature is positive, or when several children are tied for the move (see {@link
   * SearchParams.MoveSelection}). Allocates.
   *
   * @throws IllegalStateException if the search is not finished
   */
  public SearchResult result() {
    if (!isFinished()) {
      throw new IllegalStateException("the search is not finished");
    }
    int first = tree.firstChild[0];
    int count = tree.childCount[0];
    int[] visits = Arrays.copyOfRange(tree.visits, first, first + count);
    int[] target = visits;
    if (forcedPlayouts && params.policyTargetPruning()) {
      double[] q = new double[count];
      for (int i = 0; i < count; i++) {
        q[i] = visits[i] > 0 ? -tree.valueSum[first + i] / visits[i] : 0;
      }
      float[] priors = Arrays.copyOfRange(tree.prior, first, first + count);
      target = PolicyTargetPruning.prune(
          visits, priors, q, params.cPuct(), tree.visits[0], params.forcedPlayoutsCoefficient());
    }
    int chosen = RootReport.chooseChild(
        tree, params, target, params.temperatureAt(game.moveNumber()), rng);
    PolicyTarget policy = PolicyTarget.fromCounts(actionsOf(first, count), target);
    return new SearchResult(
        tree.action[first + chosen],
        fullSearch,
        tree.meanValue(0),
        tree.visits[0],
        policy,
        RootReport.principalVariation(tree, 0));
  }

  private int[] actionsOf(int first, int count) {
    return Arrays.copyOfRange(tree.action, first, first + count);
  }

  /**
   * The statistics of the root now (usable during a search, between driver steps, e.g. for
   * lz-analyze): per visited child its visits, value and winrate for the side to move at the
   * root, raw prior (before noise), LCB and principal variation, most visited first.
   * Allocates.
   */
  public SearchInfo info() {
    return RootReport.info(tree, params, game.toMove(), rootRawPriors);
  }

  // ---------------------------------------------------------------------------------------
  // Moving on.

  /**
   * Plays {@code action} (for the side to move, ours or the opponent's) at the root. With tree
   * reuse and an existing child for it, that child's subtree becomes the new root with all its
   * statistics; otherwise the tree starts afresh. Noise of the old root is dropped; the next
   * full self-play {@link #startMove} noises the new root. Costs time proportional to the kept
   * subtree.
   *
   * @throws dev.tengen.games.IllegalMoveException if the move is illegal (search unchanged)
   * @throws IllegalStateException if simulations are in flight
   */
  public void advance(int action) {
    if (pendingCount != 0) {
      throw new IllegalStateException("cannot advance with simulations in flight");
    }
    game.play(action);
    int child = tree.state[0] == SearchTree.EXPANDED ? tree.childByAction(0, action) : SearchTree.NONE;
    rootRawPriors = null;
    if (params.treeReuse() && child != SearchTree.NONE) {
      tree.reroot(child);
    } else {
      tree.resetToNewRoot();
    }
    started = false;
  }

  /**
   * Starts a new game on this search with its own generator (so each game is reproducible from
   * its seed), keeping the tree's arrays: an actor that reuses its searches across games avoids
   * growing a new tree per game.
   *
   * @throws IllegalArgumentException if the board size differs
   * @throws IllegalStateException if simulations are in flight
   */
  public void reset(Game position, RandomGenerator newRng) {
    reset(position);
    rng = Objects.requireNonNull(newRng, "newRng");
  }

  /**
   * Replaces the root position (e.g. after GTP undo, setup or a new game) and clears the tree;
   * the generator continues.
   *
   * @throws IllegalArgumentException if the board size differs
   * @throws IllegalStateException if simulations are in flight
   */
  public void reset(Game position) {
    if (pendingCount != 0) {
      throw new IllegalStateException("cannot reset with simulations in flight");
    }
    Game copy = position.copy();
    if (copy.size() != game.size()) {
      throw new IllegalArgumentException(
          "board size " + copy.size() + " differs from the search's " + game.size());
    }
    game = copy;
    tree.resetToNewRoot();
    rootRawPriors = null;
    started = false;
  }

  /**
   * Checks the tree's bookkeeping: no simulation in flight, and every expanded node's visits
   * equal its children's visits plus its own evaluations (at least 1). For tests; walks the
   * whole tree.
   *
   * @throws IllegalStateException describing the first broken invariant
   */
  public void checkConsistency() {
    for (int n = 0; n < tree.size(); n++) {
      if (tree.inFlight[n] != 0) {
        throw new IllegalStateException("node " + n + " has " + tree.inFlight[n] + " in flight");
      }
      if (tree.state[n] == SearchTree.EXPANDED) {
        long childVisits = 0;
        for (int c = tree.firstChild[n]; c < tree.firstChild[n] + tree.childCount[n]; c++) {
          childVisits += tree.visits[c];
        }
        if (tree.visits[n] < childVisits + 1) {
          throw new IllegalStateException("node " + n + " has " + tree.visits[n]
              + " visits but its children have " + childVisits);
        }
      }
    }
  }

  /** Package-private view for tests of the tree's shape. */
  SearchTree tree() {
    return tree;
  }
}
