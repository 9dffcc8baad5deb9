package dev.promptsmith.cli;

import dev.promptsmith.run.ActiveRun;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A run that is asked to stop (SIGTERM, Ctrl-C) still reports: the shutdown hook cancels the
 * run and holds the JVM's exit until the command has stored and written what finished, at most
 * {@link #GRACE}, so that a stuck writer cannot keep the process alive.
 */
final class Interruption implements AutoCloseable {

    static final Duration GRACE = Duration.ofSeconds(10);
    static final String REASON = "interrupted: the process was asked to stop (SIGTERM or Ctrl-C)";

    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "run-interrupted");
    private volatile ActiveRun run;
    private volatile boolean requested;

    Interruption() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run to cancel; cancelled at once if the stop came before it started. */
    void follow(ActiveRun value) {
        run = value;
        if (requested) {
            value.cancel(REASON);
        }
    }

    private void stop() {
        requested = true;
        ActiveRun current = run;
        if (current != null) {
            current.cancel(REASON);
        }
        try {
            reported.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reports are written and the database closed: the JVM may go. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running, and now lets the JVM exit
        }
    }
}
