package dev.promptsmith.run.store;

/** The states of a stored run. */
public final class RunStatus {

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String CANCELLED = "cancelled";
    /** The process running it went away (killed, crashed, switched off) before it finished. */
    public static final String INTERRUPTED = "interrupted";

    private RunStatus() {
    }
}
