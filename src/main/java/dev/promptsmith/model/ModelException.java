package dev.promptsmith.model;

import java.time.Duration;
import java.util.Optional;

/**
 * A model call failed. The message says what and where (the model target) and never
 * contains a secret: provider error bodies pass through the redactor before they get here.
 */
public class ModelException extends RuntimeException {

    private final ModelErrorKind kind;
    private final int httpStatus;
    private final Duration retryAfter;

    public ModelException(ModelErrorKind kind, String message, int httpStatus, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public ModelException(ModelErrorKind kind, String message) {
        this(kind, message, 0, null);
    }

    public ModelErrorKind kind() {
        return kind;
    }

    /** The provider's HTTP status, or 0 when there was no HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the provider asked us to wait (HTTP Retry-After), when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
