package dev.promptsmith.run.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as the history shows it.
 *
 * @param done cells with a result so far
 */
public record RunSummary(long id, String suite, int suiteVersion, String status, String origin, int cells, int done,
                         int passed, int errors, BigDecimal costUsd, Instant createdAt, Instant finishedAt,
                         boolean baseline) {

    public double passRate() {
        return done == 0 ? 0 : (double) passed / done;
    }

    /** From start to finish, or to now while it runs. */
    public Duration duration() {
        return Duration.between(createdAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    public boolean running() {
        return status.equals(RunStatus.RUNNING);
    }
}
