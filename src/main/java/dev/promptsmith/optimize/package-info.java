/**
 * The prompt optimizer: {@link dev.promptsmith.optimize.Optimizations} starts, stops, resumes and reports
 * optimizations and accepts their winners. A suite's cases are split into training and validation (stable and seeded);
 * each round, strategies ({@link dev.promptsmith.optimize.Strategy}: a reflective rewrite from failing training cases
 * over a Pareto front, a scored history, or the plain-rewrite baseline) ask a proposer model for candidates through
 * the meta-prompts {@code prompts/promptsmith-optimize-*.prompty}; candidates are scored by ordinary stored runs on
 * training, the best few on validation, and the best by validation wins. Every candidate is a prompt version that
 * ordinary runs and the editor do not see; every model call is reserved against the budget in the database before
 * it is made. It depends on {@code prompt}, {@code suite}, {@code run} and {@code model}; nothing but the screens and
 * the command line depends on it.
 */
package dev.promptsmith.optimize;
