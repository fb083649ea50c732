/**
 * PUCT Monte Carlo tree search over a narrow, batched evaluator interface.
 *
 * <p>{@link dev.tengen.mcts.PolicyValue} / {@link dev.tengen.mcts.EvalBatch} are all the search
 * knows of a network; {@link dev.tengen.mcts.Search} is the search of one game (struct-of-arrays
 * tree, play/undo on one scratch game, virtual loss, tree reuse, root noise, forced playouts);
 * {@link dev.tengen.mcts.SearchDriver} advances many searches in one thread so their leaves
 * share one batch; {@link dev.tengen.mcts.SearchParams} holds every knob, and {@link
 * dev.tengen.mcts.MoveBudget} one move's own visits and time (timed games keep their tree).
 * Exact ties are broken with the search's seeded generator. Depends on the {@code
 * games} module only; no Deeplearning4j.
 */
package dev.tengen.mcts;
