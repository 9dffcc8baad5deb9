package dev.promptsmith.web;

/** The web server would be reachable in a way the operator did not make safe; it must not start. */
public final class UnsafeExposureException extends RuntimeException {

    private final String action;

    UnsafeExposureException(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What the operator can do about it. */
    public String action() {
        return action;
    }
}
