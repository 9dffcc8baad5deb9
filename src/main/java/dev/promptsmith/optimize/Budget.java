package dev.promptsmith.optimize;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What an optimization may spend. Every HTTP call to any model counts, evaluation and proposal alike; each is
 * reserved in the database before it is made, so the limits are never passed, even across a crash.
 *
 * @param maxCalls   model calls at most, at least 1
 * @param maxCostUsd the most it may cost, or {@code null} for no limit; a call is not made once the cost so far
 *                   plus the dearest call so far would pass it
 * @param maxTime    how long it may run (summed over its resumptions), or {@code null} for no limit
 */
public record Budget(int maxCalls, BigDecimal maxCostUsd, Duration maxTime) {

    public Budget {
        if (maxCalls < 1) {
            throw new IllegalArgumentException("the budget needs at least 1 call, not " + maxCalls);
        }
        if (maxCostUsd != null && maxCostUsd.signum() <= 0) {
            throw new IllegalArgumentException("the cost limit must be more than 0 USD: " + maxCostUsd);
        }
        if (maxTime != null && !maxTime.isPositive()) {
            throw new IllegalArgumentException("the time limit must be more than 0 s: " + maxTime);
        }
    }

    /** A budget of calls only. */
    public static Budget calls(int maxCalls) {
        return new Budget(maxCalls, null, null);
    }
}
