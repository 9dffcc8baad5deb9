package dev.promptsmith.run;

import dev.promptsmith.model.ModelException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed model call again and how long to wait first: only failures that can pass
 * (rate limited, time-out, server error, unreachable), at most {@code maxRetries} times, with
 * exponential back-off and jitter, and never sooner than the provider's Retry-After. No wait is
 * longer than {@code maxRetryAfter}: a provider that asks for more is not obeyed, and the call
 * fails at once (trying sooner than asked would only earn another 429).
 */
record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("the number of retries cannot be negative: " + maxRetries);
        }
    }

    public RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
        this(maxRetries, baseDelay, maxDelay, RunSettings.MAX_RETRY_AFTER);
    }

    public static RetryPolicy standard(int maxRetries, Duration maxRetryAfter) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(30), maxRetryAfter);
    }

    /** Whether to try again after {@code failure}, which was retry number {@code retriesSoFar}. */
    public boolean retries(ModelException failure, int retriesSoFar) {
        return failure.kind().retriable() && retriesSoFar < maxRetries && !asksTooLong(failure);
    }

    /** Whether the provider asked to wait longer than this policy waits. */
    public boolean asksTooLong(ModelException failure) {
        return failure.retryAfter().map(asked -> asked.compareTo(maxRetryAfter) > 0).orElse(false);
    }

    /** What a failure whose Retry-After {@linkplain #asksTooLong is too long} adds to its message. */
    public String tooLong(ModelException failure) {
        return "; the provider asked to wait " + describe(failure.retryAfter().orElseThrow()) + ", longer than the "
                + "limit of " + describe(maxRetryAfter) + ", so the cell fails now rather than retry sooner than asked "
                + "(raise the limit with --max-retry-after or promptsmith.model.max-retry-after)";
    }

    /**
     * @param retry  1 for the first retry, 2 for the second ...
     * @param random a number in [0, 1) for the jitter
     */
    public Duration delay(int retry, ModelException failure, DoubleSupplier random) {
        long exponential = baseDelay.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(Math.min(exponential, maxDelay.toMillis()), maxRetryAfter.toMillis());
        long jittered = (long) (capped * (0.5 + random.getAsDouble() / 2));
        long asked = failure.retryAfter().map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.min(Math.max(jittered, asked), maxRetryAfter.toMillis()));
    }

    /** 45 s, 90 s (1.5 min), 999999 s (11.6 days). */
    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        String plain = (duration.toMillis() % 1000 == 0 ? String.valueOf(seconds)
                : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0)) + " s";
        if (seconds >= 86_400) {
            return plain + String.format(Locale.ROOT, " (%.1f days)", seconds / 86_400.0);
        }
        if (seconds >= 3_600) {
            return plain + String.format(Locale.ROOT, " (%.1f h)", seconds / 3_600.0);
        }
        if (seconds > 60) {
            return plain + String.format(Locale.ROOT, " (%.1f min)", seconds / 60.0);
        }
        return plain;
    }
}
