package dev.promptsmith.optimize;

/** Where an optimization stands. STOPPED and FAILED can be resumed; FINISHED is the end. */
public enum OptimizationStatus {
    RUNNING, STOPPED, FINISHED, FAILED;

    /** Whether {@link Optimizations#resume} can take it up again. */
    public boolean resumable() {
        return this == STOPPED || this == FAILED;
    }
}
