/**
 * What a suite's runs say: {@link dev.promptsmith.suite.results.Sample}s (one a cell) grouped per case
 * ({@link dev.promptsmith.suite.results.CaseStats}, Wilson intervals, flakiness) and per prompt and model
 * ({@link dev.promptsmith.suite.results.ModelStats}, {@link dev.promptsmith.suite.results.JsonRates}); a run
 * against a baseline ({@link dev.promptsmith.suite.results.RunComparison}); when a run passes in CI
 * ({@link dev.promptsmith.suite.results.CiRule}). {@link dev.promptsmith.suite.results.SuiteResults} is the
 * service the screens and the command line use; it reads stored runs through
 * {@link dev.promptsmith.suite.results.RunResults}, which the {@code run} package implements.
 */
package dev.promptsmith.suite.results;
