package dev.promptsmith.model;

/** The kinds of failure a model call can have; each says whether trying again can help. */
public enum ModelErrorKind {
    RATE_LIMITED(true, "rate limited"),
    AUTHENTICATION(false, "authentication failed"),
    TIMEOUT(true, "timed out"),
    BAD_REQUEST(false, "bad request"),
    CONTEXT_TOO_LONG(false, "prompt too long for the model"),
    SERVER_ERROR(true, "server error"),
    UNREACHABLE(true, "unreachable"),
    /** The answer is over the size limit: the same request would bring the same flood again. */
    ANSWER_TOO_LARGE(false, "answer too large"),
    CANCELLED(false, "cancelled");

    private final boolean retriable;
    private final String label;

    ModelErrorKind(boolean retriable, String label) {
        this.retriable = retriable;
        this.label = label;
    }

    public boolean retriable() {
        return retriable;
    }

    public String label() {
        return label;
    }
}
