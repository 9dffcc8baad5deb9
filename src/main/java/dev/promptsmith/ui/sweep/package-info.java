/**
 * The model sweep of a run ({@code /runs/ID/sweep}): per model its pass rate with interval, cost and median latency,
 * the Pareto front, the recommended model in words and a scatter of cost against pass rate drawn on the server.
 */
package dev.promptsmith.ui.sweep;
