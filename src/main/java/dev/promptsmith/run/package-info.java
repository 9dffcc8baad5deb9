/**
 * Runs: a suite's prompt versions x test cases x models x repeats. {@link dev.promptsmith.run.RunPlan}
 * lists the cells, {@link dev.promptsmith.run.SuiteExecutor} calls and checks them on virtual
 * threads within an overall and an adaptive per-provider limit, with retries and the response
 * cache ({@code run.cache}); {@link dev.promptsmith.run.RunEngine} stores every result as it
 * completes ({@code run.store}) and resumes stopped runs; {@link dev.promptsmith.run.RunComparison}
 * sets a run against a baseline. {@link dev.promptsmith.run.RunService} is what the screens use;
 * the command line puts the same parts together without Spring. Each result carries its output's JSON
 * outcome, worked out once with its checks; {@link dev.promptsmith.run.JsonRates} counts, per model, the
 * JSON cut off, repaired and invalid. {@code run} uses {@code run.store}, never the other way round: the
 * store takes and gives plain rows.
 */
package dev.promptsmith.run;
