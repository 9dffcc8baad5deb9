package dev.promptsmith.run;

import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunStore;
import java.util.List;

/**
 * A run in progress in this process: its cells run, its results are stored as they complete.
 * {@link #await} waits for the end and records how the run ended.
 *
 * @param alreadyDone cells that had a result before (a resumed run)
 */
public final class ActiveRun {

    private final long id;
    private final int alreadyDone;
    private final Execution execution;
    private final ResultWriter writer;
    private final RunStore store;
    private volatile List<CellResult> results;

    ActiveRun(long id, int alreadyDone, Execution execution, ResultWriter writer, RunStore store) {
        this.id = id;
        this.alreadyDone = alreadyDone;
        this.execution = execution;
        this.writer = writer;
        this.store = store;
    }

    public long id() {
        return id;
    }

    public int alreadyDone() {
        return alreadyDone;
    }

    public void cancel() {
        execution.cancel();
    }

    /** Stops the run for {@code reason}, which is stored with it. */
    public void cancel(String reason) {
        execution.cancel(reason);
    }

    /** Why the run stopped before its end, if it did. */
    public java.util.Optional<String> stopReason() {
        return execution.stopReason();
    }

    /** The cells that failed because their provider asked to wait longer than the run's limit. */
    public int retryAfterRefusals() {
        return execution.retryAfterRefusals();
    }

    /** The longest wait asked for among the {@linkplain #retryAfterRefusals refused} ones. */
    public java.time.Duration longestRetryAfter() {
        return execution.longestRetryAfter();
    }

    public boolean cancelled() {
        return execution.cancelled();
    }

    /** Waits for the last cell, stores what is left and marks the run finished or cancelled. */
    public synchronized List<CellResult> await() {
        if (results == null) {
            List<CellResult> done = execution.await();
            writer.close();
            if (execution.cancelled()) {
                store.finish(id, RunStatus.CANCELLED, execution.stopReason().orElse(Execution.CANCELLED));
            } else {
                store.finish(id, RunStatus.FINISHED, null);
            }
            results = done;
        }
        return results;
    }
}
