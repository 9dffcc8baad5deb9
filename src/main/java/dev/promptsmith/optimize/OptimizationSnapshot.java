package dev.promptsmith.optimize;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An optimization as it stands: read from the database in a few queries, cheap enough to poll every second.
 *
 * @param callsSpent   model calls made (reserved before each call, so never more than the budget)
 * @param costSpent    what the calls cost so far, in USD
 * @param rounds       rounds finished (0 while the start is evaluated)
 * @param stopReason   why it stopped, or {@code null} while running or when it ran to the end without a limit
 * @param candidates   every candidate, start first, in the order they were proposed
 * @param bestId       the best candidate by validation score, or {@code null} before the start is evaluated
 * @param trajectory   one point per finished round, round 0 first
 * @param gain         the best against the start on validation, or {@code null} before both are evaluated
 * @param trainingCases   how many cases the split gave to training
 * @param validationCases how many cases the split gave to validation
 */
public record OptimizationSnapshot(long id, OptimizationRequest request, OptimizationStatus status, int callsSpent,
                                   BigDecimal costSpent, int rounds, String stopReason, List<Candidate> candidates,
                                   Long bestId, List<TrajectoryPoint> trajectory, Gain gain, int trainingCases,
                                   int validationCases, Long acceptedVersionId, Instant createdAt, Instant updatedAt) {

    public OptimizationSnapshot {
        candidates = List.copyOf(candidates);
        trajectory = List.copyOf(trajectory);
    }

    public Optional<Candidate> best() {
        return candidates.stream().filter(c -> bestId != null && c.id() == bestId).findFirst();
    }

    /** The start version's candidate (round 0). */
    public Optional<Candidate> start() {
        return candidates.stream().filter(c -> c.round() == 0).findFirst();
    }

    public int callsLeft() {
        return Math.max(0, request.budget().maxCalls() - callsSpent);
    }
}
