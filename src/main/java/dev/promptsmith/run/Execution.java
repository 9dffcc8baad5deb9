package dev.promptsmith.run;

import dev.promptsmith.model.ModelGateway.ModelCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** A run's cells in progress: wait for them, or cancel them (calls in flight are stopped). */
public final class Execution {

    private final AtomicReferenceArray<CellResult> results;
    private final CountDownLatch done;
    private final Set<ModelCall> calls = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean cancelled;

    Execution(int cells) {
        results = new AtomicReferenceArray<>(cells);
        done = new CountDownLatch(cells);
    }

    void submit(int index, Callable<CellResult> work) {
        Thread thread = Thread.ofVirtual().unstarted(() -> {
            try {
                results.set(index, work.call());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("cell " + index + " failed to run", e);
            } finally {
                done.countDown();
            }
        });
        synchronized (threads) {
            threads.add(thread);
        }
        thread.start();
    }

    void active(ModelCall call) {
        calls.add(call);
    }

    void inactive(ModelCall call) {
        calls.remove(call);
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Stops the run: no new call starts, calls in flight are cancelled, waiting cells give up. */
    public void cancel() {
        cancelled = true;
        calls.forEach(ModelCall::cancel);
        synchronized (threads) {
            threads.forEach(Thread::interrupt);
        }
    }

    public boolean finished() {
        return done.getCount() == 0;
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
