package dev.promptsmith.run;

import dev.promptsmith.run.store.ResultRow;
import dev.promptsmith.run.store.RunStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a run's results as they complete, in batches, one transaction per batch: whatever
 * was handed over at least {@link #LINGER} ago is in the database, and a listener hears of each
 * result once it is stored, so what a person was shown survives a crash. Also keeps the run's
 * heartbeat, which tells a restarted app whether the run's process is still at work.
 */
final class ResultWriter implements AutoCloseable {

    /** How long a result may wait to be batched with others. */
    static final Duration LINGER = Duration.ofMillis(100);
    private static final int BATCH = 500;
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ResultWriter.class);
    /** Handed to the writer by {@link #close}: it wakes at once rather than after its next wait. */
    private static final CellResult END = CellResult.failed(null, "end of the run's results", null, 0, null);

    private final RunStore store;
    private final TransactionTemplate transactions;
    private final long runId;
    private final BlockingQueue<CellResult> queue = new LinkedBlockingQueue<>();
    private final Consumer<CellResult> onStored;
    private final Thread thread;
    private volatile boolean closing;
    private volatile RuntimeException failure;

    /** @param onStored called on the writer's thread for each result after its batch is committed */
    ResultWriter(RunStore store, TransactionTemplate transactions, long runId, Consumer<CellResult> onStored) {
        this.onStored = onStored;
        this.store = store;
        this.transactions = transactions;
        this.runId = runId;
        this.thread = Thread.ofPlatform().daemon().name("run-" + runId + "-writer").start(this::write);
    }

    void add(CellResult result) {
        queue.add(result);
    }

    private void write() {
        long lastBeat = System.nanoTime();
        List<CellResult> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                CellResult first = queue.poll(LINGER.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    batch.removeIf(result -> result == END);
                    List<CellResult> toStore = List.copyOf(batch);
                    batch.clear();
                    List<CellResult> saved = toStore.isEmpty() ? List.of() : save(toStore);
                    for (CellResult stored : saved) {
                        try {
                            onStored.accept(stored);
                        } catch (RuntimeException e) {
                            log.warn("A listener of run {} failed: {}", runId, e.toString());
                        }
                    }
                }
                if (System.nanoTime() - lastBeat > HEARTBEAT.toNanos()) {
                    store.heartbeat(runId);
                    lastBeat = System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Results of run {} could not be stored", runId, e);
                failure = e;
                return;
            }
        }
    }

    /**
     * Stores a batch in one transaction; should that fail, each result on its own, so one result
     * the database refuses does not take the others with it.
     *
     * @return the results that are stored
     */
    private List<CellResult> save(List<CellResult> batch) {
        try {
            List<ResultRow> rows = batch.stream().map(CellResult::row).toList();
            transactions.executeWithoutResult(status -> store.save(runId, rows));
            return batch;
        } catch (RuntimeException batchFailure) {
            List<CellResult> saved = new ArrayList<>();
            for (CellResult result : batch) {
                try {
                    transactions.executeWithoutResult(status -> store.save(runId, List.of(result.row())));
                    saved.add(result);
                } catch (RuntimeException e) {
                    log.error("Run {}: the result of {} could not be stored: {}", runId, result.cell().name(),
                            e.getMessage());
                }
            }
            return saved;
        }
    }

    /** Stores what is left and stops. */
    @Override
    public void close() {
        closing = true;
        queue.add(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("results of run " + runId + " could not be stored: " + failure.getMessage(),
                    failure);
        }
    }
}
