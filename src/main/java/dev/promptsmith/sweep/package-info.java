/**
 * The model sweep: one run of a suite over several models read as a choice of model. Per model its pass rate
 * with the 95% Wilson interval, what it cost and its median latency; the Pareto front (the models no other one
 * beats on pass rate, cost and latency at once); and the recommendation, the cheapest model whose pass rate is
 * not significantly worse than the best one's (the same Fisher test as the run comparison,
 * {@link dev.promptsmith.suite.results.Significance}). A model without a price is never taken as free: its cost
 * is unknown, it is never called the cheapest, and the recommendation says so when it could have been.
 */
package dev.promptsmith.sweep;
