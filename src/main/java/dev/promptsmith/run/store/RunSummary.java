package dev.promptsmith.run.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as the history shows it.
 *
 * @param done     cells with a result so far
 * @param costUsd  what the model calls cost, as far as their prices are known
 * @param unpriced answers of a model without a known price, whose cost is missing from {@code costUsd}
 */
public record RunSummary(long id, String suite, int suiteVersion, String status, String origin, int cells, int done,
                         int passed, int errors, BigDecimal costUsd, Instant createdAt, Instant finishedAt,
                         boolean baseline, int unpriced) {

    /** A run whose every answer has a known price. */
    public RunSummary(long id, String suite, int suiteVersion, String status, String origin, int cells, int done,
                      int passed, int errors, BigDecimal costUsd, Instant createdAt, Instant finishedAt,
                      boolean baseline) {
        this(id, suite, suiteVersion, status, origin, cells, done, passed, errors, costUsd, createdAt, finishedAt,
                baseline, 0);
    }

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
