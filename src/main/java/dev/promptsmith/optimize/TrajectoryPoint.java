package dev.promptsmith.optimize;

/**
 * The state after a round: the best scores so far (0 = after the start was evaluated).
 *
 * @param bestTraining   the best training pass rate of any candidate so far, in [0, 1]
 * @param bestValidation the validation pass rate of the best candidate so far, in [0, 1]
 * @param callsSpent     model calls spent by the end of the round
 */
public record TrajectoryPoint(int round, double bestTraining, double bestValidation, int callsSpent) {
}
