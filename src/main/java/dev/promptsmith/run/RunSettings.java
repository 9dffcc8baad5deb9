package dev.promptsmith.run;

import java.time.Duration;

/**
 * How a run is carried out.
 *
 * @param concurrency model calls at once over the whole run
 * @param perProvider model calls at once per provider endpoint; it shrinks on 429 and grows back
 * @param retries     retries of a call that failed for a passing reason; 0 for none
 * @param cache       whether answers are read from and written to the response cache
 */
public record RunSettings(int repeats, int concurrency, int perProvider, int retries, Duration timeout, boolean cache) {

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
    }

    public static RunSettings defaults() {
        return new RunSettings(1, 4, 4, 2, Duration.ofSeconds(120), true);
    }

    public RunSettings withRepeats(int value) {
        return new RunSettings(value, concurrency, perProvider, retries, timeout, cache);
    }

    /** At most {@code value} calls at once, overall and per provider. */
    public RunSettings withConcurrency(int value) {
        return new RunSettings(repeats, value, value, retries, timeout, cache);
    }

    public RunSettings withRetries(int value) {
        return new RunSettings(repeats, concurrency, perProvider, value, timeout, cache);
    }

    public RunSettings withCache(boolean value) {
        return new RunSettings(repeats, concurrency, perProvider, retries, timeout, value);
    }
}
