package dev.promptsmith.run;

import java.time.Duration;

/**
 * How a run is carried out.
 *
 * @param concurrency   model calls at once over the whole run
 * @param perProvider   model calls at once per provider endpoint; it shrinks on 429 and grows back
 * @param retries       retries of a call that failed for a passing reason; 0 for none
 * @param cache         whether answers are read from and written to the response cache
 * @param maxRetryAfter the longest wait a provider's Retry-After is obeyed for; a cell asked to
 *                      wait longer fails at once, and no back-off is longer either
 * @param deadline      how long the whole run may take before it is stopped (counted again when it is
 *                      resumed); {@code null} for no limit
 */
public record RunSettings(int repeats, int concurrency, int perProvider, int retries, Duration timeout, boolean cache,
                          Duration maxRetryAfter, Duration deadline) {

    /** The default of {@link #maxRetryAfter}. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    public RunSettings {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
        }
        if (concurrency < 1 || perProvider < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + Math.min(concurrency, perProvider));
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries cannot be negative: " + retries);
        }
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("the longest Retry-After to obey cannot be negative: " + maxRetryAfter);
        }
        if (deadline != null && !deadline.isPositive()) {
            throw new IllegalArgumentException("the run's deadline must be more than 0 s: " + deadline);
        }
    }

    /** Settings with the default Retry-After limit and no deadline. */
    public RunSettings(int repeats, int concurrency, int perProvider, int retries, Duration timeout, boolean cache) {
        this(repeats, concurrency, perProvider, retries, timeout, cache, MAX_RETRY_AFTER, null);
    }

    public static RunSettings defaults() {
        return new RunSettings(1, 4, 4, 2, Duration.ofSeconds(120), true);
    }

    public RunSettings withRepeats(int value) {
        return new RunSettings(value, concurrency, perProvider, retries, timeout, cache, maxRetryAfter, deadline);
    }

    /** At most {@code value} calls at once, overall and per provider. */
    public RunSettings withConcurrency(int value) {
        return new RunSettings(repeats, value, value, retries, timeout, cache, maxRetryAfter, deadline);
    }

    public RunSettings withRetries(int value) {
        return new RunSettings(repeats, concurrency, perProvider, value, timeout, cache, maxRetryAfter, deadline);
    }

    public RunSettings withCache(boolean value) {
        return new RunSettings(repeats, concurrency, perProvider, retries, timeout, value, maxRetryAfter, deadline);
    }

    public RunSettings withMaxRetryAfter(Duration value) {
        return new RunSettings(repeats, concurrency, perProvider, retries, timeout, cache, value, deadline);
    }

    /** @param value how long the run may take; {@code null} for no limit */
    public RunSettings withDeadline(Duration value) {
        return new RunSettings(repeats, concurrency, perProvider, retries, timeout, cache, maxRetryAfter, value);
    }
}
