/**
 * The Runs screens: the history of runs with pass rate, cost and duration, the pass rate of a
 * suite over its runs drawn as SVG on the server, marking a baseline, and two runs compared case
 * by case, where a regression is only called significant when the intervals of the two pass
 * rates leave no doubt. A run's own page follows it live (progress, a matrix of test cases by
 * models read a page at a time, per-model statistics) and opens any cell's repeats with their
 * checks, JSON outcome and raw exchange.
 */
package dev.promptsmith.ui.runs;
