package dev.promptsmith.optimize;

import java.time.Instant;

/**
 * One line of the optimization list.
 *
 * @param bestValidation the best candidate's validation pass rate in [0, 1], or {@code null} when none is scored
 * @param startValidation the start's validation pass rate, or {@code null}
 */
public record OptimizationSummary(long id, String promptName, String suiteName, OptimizationStatus status,
                                  int callsSpent, int maxCalls, Double startValidation, Double bestValidation,
                                  String stopReason, Instant createdAt) {
}
