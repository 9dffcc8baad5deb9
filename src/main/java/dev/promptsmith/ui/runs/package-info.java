/**
 * Runs: a run's own page, which follows it live (progress, a matrix of test cases by models
 * filling in, per-model statistics) and opens any cell's repeats with their checks and raw
 * exchange; and the history and comparison of runs.
 */
package dev.promptsmith.ui.runs;
