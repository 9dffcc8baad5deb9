/**
 * The optimizer's screens: the set-up form ({@code /optimize?prompt=NAME&suite=NAME}), an optimization's progress
 * and result ({@code /optimizations/ID}: trajectory chart, candidates, diff, flips, accept) and the list of
 * optimizations ({@code /optimizations}). The loop itself is the {@code optimize} package's.
 */
package dev.promptsmith.ui.optimize;
