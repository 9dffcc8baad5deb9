/**
 * Runs: a suite's prompt versions x test cases x models x repeats. {@link dev.promptsmith.run.RunPlan}
 * lists the cells, {@link dev.promptsmith.run.SuiteExecutor} calls and checks them on virtual
 * threads within an overall and an adaptive per-provider limit, with retries and the response
 * cache ({@code run.cache}); {@link dev.promptsmith.run.RunEngine} stores every result as it
 * completes ({@code run.store}) and resumes stopped runs. {@link dev.promptsmith.run.RunService} is
 * what the screens use; {@link dev.promptsmith.run.RunEngines} puts the same parts together for the
 * command line without Spring. Each result carries its output's JSON outcome, worked out once with its
 * checks. What the results say (statistics, comparisons, baselines, the CI rule) is
 * {@code suite.results}' business; {@code run} hands it the stored samples. {@code run} uses
 * {@code run.store}, never the other way round: the store takes and gives plain rows.
 */
package dev.promptsmith.run;
