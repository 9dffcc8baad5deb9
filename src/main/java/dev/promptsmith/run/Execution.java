package dev.promptsmith.run;

import dev.promptsmith.model.ModelGateway.ModelCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A run's cells in progress: wait for them, or cancel them (calls in flight are stopped), by
 * hand or at a deadline; why it stopped is kept.
 */
final class Execution {

    /** Why a run stopped when nobody said. */
    public static final String CANCELLED = "cancelled";

    private final AtomicReferenceArray<CellResult> results;
    private final CountDownLatch done;
    private final Set<ModelCall> calls = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile String stopReason;
    private final AtomicInteger retryAfterRefusals = new AtomicInteger();
    private final AtomicReference<Duration> longestRetryAfter = new AtomicReference<>(Duration.ZERO);

    Execution(int cells) {
        results = new AtomicReferenceArray<>(cells);
        done = new CountDownLatch(cells);
    }

    /**
     * Starts the work of each cell on a virtual thread of its own, at most {@code window} at a
     * time, in order: the cells that wait for a permit are not yet threads holding a rendered request.
     */
    void start(List<Callable<CellResult>> works, int window) {
        Thread feeder = Thread.ofVirtual().unstarted(() -> {
            Semaphore slots = new Semaphore(window);
            int next = 0;
            try {
                while (next < works.size() && !cancelled) {
                    slots.acquire();
                    submit(next, works.get(next), slots::release);
                    next++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                for (; next < works.size(); next++) {
                    done.countDown(); // never started
                }
            }
        });
        register(feeder);
        feeder.start();
    }

    private void submit(int index, Callable<CellResult> work, Runnable finished) {
        Thread thread = Thread.ofVirtual().unstarted(() -> {
            try {
                results.set(index, work.call());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("cell " + index + " failed to run", e);
            } finally {
                finished.run();
                done.countDown();
            }
        });
        register(thread);
        thread.start();
    }

    private void register(Thread thread) {
        synchronized (threads) {
            if (threads.size() > 1024) {
                threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
            }
            threads.add(thread);
        }
    }

    /** A call in flight; one that starts as the run is cancelled is cancelled at once. */
    void active(ModelCall call) {
        calls.add(call);
        if (cancelled) {
            call.cancel();
        }
    }

    void inactive(ModelCall call) {
        calls.remove(call);
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Why the run was stopped, if it was. */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** Stops the run at {@code deadline} from now unless every cell is done by then. */
    void deadline(Duration deadline, String reason) {
        Thread.ofVirtual().name("run-deadline").start(() -> {
            try {
                if (!done.await(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                    cancel(reason);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A cell failed at once because its provider asked to wait {@code asked}, longer than the limit. */
    void retryAfterRefused(Duration asked) {
        retryAfterRefusals.incrementAndGet();
        longestRetryAfter.accumulateAndGet(asked, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** Cells that failed because their provider asked to wait longer than the run's limit. */
    public int retryAfterRefusals() {
        return retryAfterRefusals.get();
    }

    /** The longest wait a provider asked for among those {@linkplain #retryAfterRefusals refused}. */
    public Duration longestRetryAfter() {
        return longestRetryAfter.get();
    }

    /** Stops the run: no new call starts, calls in flight are cancelled, waiting cells give up. */
    public void cancel() {
        cancel(CANCELLED);
    }

    /** Stops the run for {@code reason}; the first reason given is the one kept. */
    public synchronized void cancel(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        cancelled = true;
        calls.forEach(ModelCall::cancel);
        synchronized (threads) {
            threads.forEach(Thread::interrupt);
        }
    }

    /** Waits for every cell; the results in cell order, without the cells that gave none (cancelled). */
    public List<CellResult> await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
        }
        List<CellResult> list = new ArrayList<>(results.length());
        for (int i = 0; i < results.length(); i++) {
            CellResult result = results.get(i);
            if (result != null) {
                list.add(result);
            }
        }
        return list;
    }
}
