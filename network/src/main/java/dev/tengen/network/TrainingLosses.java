package dev.tengen.network;

/**
 * The losses of one batch, each a mean over its samples (weighted by sample weight), computed
 * in the same forward pass as the gradients, before the update.
 *
 * @param policy cross-entropy of the policy against the visit distributions (nats)
 * @param value squared error of the value
 * @param ownership squared error of ownership per point (unweighted by the ownership weight)
 * @param l2 the weight-decay term, already multiplied by its coefficient
 * @param total what is minimised: policy + value + ownershipWeight × ownership + l2
 */
public record TrainingLosses(double policy, double value, double ownership, double l2, double total) {}
