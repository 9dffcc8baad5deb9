package dev.promptsmith.run;

import dev.promptsmith.model.ModelException;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed model call again and how long to wait first: only failures that can pass
 * (rate limited, time-out, server error, unreachable), at most {@code maxRetries} times, with
 * exponential back-off and jitter, and never sooner than the provider's Retry-After.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("the number of retries cannot be negative: " + maxRetries);
        }
    }

    public static RetryPolicy standard(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** Whether to try again after {@code failure}, which was retry number {@code retriesSoFar}. */
    public boolean retries(ModelException failure, int retriesSoFar) {
        return failure.kind().retriable() && retriesSoFar < maxRetries;
    }

    /**
     * @param retry  1 for the first retry, 2 for the second ...
     * @param random a number in [0, 1) for the jitter
     */
    public Duration delay(int retry, ModelException failure, DoubleSupplier random) {
        long exponential = baseDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        long jittered = (long) (capped * (0.5 + random.getAsDouble() / 2));
        long asked = failure.retryAfter().map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, asked));
    }
}
