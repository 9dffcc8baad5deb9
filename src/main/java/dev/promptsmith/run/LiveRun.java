package dev.promptsmith.run;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A run in progress as the screens follow it: counts so far and listeners for each new result. */
public final class LiveRun {

    /** Counts at one moment. */
    public record Progress(int total, int done, int passed, int failed, int errors, BigDecimal costUsd,
                           Duration elapsed, Duration remaining, boolean finished, boolean cancelled) {
    }

    private final ActiveRun run;
    private final int total;
    private final Instant started = Instant.now();
    private final List<Consumer<CellResult>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> endListeners = new CopyOnWriteArrayList<>();
    private int done;
    private int newlyDone;
    private int passed;
    private int failed;
    private int errors;
    private BigDecimal cost = BigDecimal.ZERO;
    private volatile boolean finished;

    LiveRun(ActiveRun run, int total, int alreadyDone) {
        this.run = run;
        this.total = total;
        this.done = alreadyDone;
    }

    public long id() {
        return run.id();
    }

    void accept(CellResult result) {
        synchronized (this) {
            done++;
            newlyDone++;
            if (result.error() != null) {
                errors++;
            } else if (result.passed()) {
                passed++;
            } else {
                failed++;
            }
            if (result.costUsd() != null && !result.cached()) {
                cost = cost.add(result.costUsd());
            }
        }
        listeners.forEach(listener -> listener.accept(result));
    }

    void ended() {
        finished = true;
        endListeners.forEach(Runnable::run);
    }

    /** Counts this session has seen; passed, failed and errors count only the results of this session. */
    public synchronized Progress progress() {
        Duration elapsed = Duration.between(started, Instant.now());
        Duration remaining = newlyDone == 0 ? null
                : elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(newlyDone);
        return new Progress(total, done, passed, failed, errors, cost, elapsed, remaining, finished, run.cancelled());
    }

    /** Hears of each result from now on, on the run's threads; returns what stops it. */
    public Runnable listen(Consumer<CellResult> onResult, Runnable onEnd) {
        listeners.add(onResult);
        endListeners.add(onEnd);
        if (finished) {
            onEnd.run();
        }
        return () -> {
            listeners.remove(onResult);
            endListeners.remove(onEnd);
        };
    }

    void cancel() {
        run.cancel();
    }
}
