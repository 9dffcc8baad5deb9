package dev.promptsmith.run;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.prompt.RenderedMessage;
import dev.promptsmith.testcase.DefaultTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Runs cells on virtual threads, at most {@code concurrency} model calls at a time, checks each
 * output with the suite's default checks and the case's own, and hands each result to a listener
 * as it completes. A cell that fails (template, model) is a result with its error; the run goes on.
 */
public final class SuiteExecutor {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ModelGateway gateway;
    private final CheckEngine checks;
    private final RetryPolicy retries;
    private final Sleeper sleeper;
    private final PromptRenderer renderer = new PromptRenderer();

    public SuiteExecutor(ModelGateway gateway, CheckEngine checks, RetryPolicy retries, Sleeper sleeper) {
        this.gateway = gateway;
        this.checks = checks;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    /**
     * @param defaultTest the suite's {@code defaultTest}: its {@code vars} and {@code assert} apply to every case
     * @return the results in the order of {@code cells}
     */
    public List<CellResult> run(List<Cell> cells, Map<String, Object> defaultTest, int concurrency,
                                Consumer<CellResult> onResult) {
        Semaphore permits = new Semaphore(Math.max(1, concurrency));
        List<Future<CellResult>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Cell cell : cells) {
                futures.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        CellResult result = run(cell, defaultTest);
                        onResult.accept(result);
                        return result;
                    } finally {
                        permits.release();
                    }
                }));
            }
        }
        List<CellResult> results = new ArrayList<>();
        for (Future<CellResult> future : futures) {
            results.add(future.resultNow());
        }
        return results;
    }

    private CellResult run(Cell cell, Map<String, Object> defaultTest) {
        Map<String, Object> vars = DefaultTest.vars(defaultTest, cell.test().vars());
        List<RenderedMessage> rendered;
        try {
            rendered = renderer.render(cell.prompt(), vars);
        } catch (RenderException e) {
            return new CellResult(cell, null, null, e.getMessage(), 0, null, 0);
        }
        ModelRequest request = ModelRequest.of(rendered.stream().map(m -> new ChatMessage(m.role(), m.text())).toList());
        ModelResponse response;
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                response = gateway.call(cell.model(), request);
                break;
            } catch (ModelException e) {
                if (!retries.retries(e, attempts - 1)) {
                    return new CellResult(cell, null, null, e.getMessage() + (attempts > 1 ? " (after " + attempts
                            + " attempts)" : ""), 0, null, attempts);
                }
                try {
                    sleeper.sleep(retries.delay(attempts, e, ThreadLocalRandom.current()::nextDouble));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new CellResult(cell, null, null, "interrupted: " + e.getMessage(), 0, null, attempts);
                }
            }
        }
        List<Map<String, Object>> all = DefaultTest.checks(defaultTest);
        all.addAll(cell.test().checks());
        Object threshold = cell.test().options().get("threshold");
        String prompt = String.join("\n\n", rendered.stream().map(RenderedMessage::text).toList());
        CaseVerdict verdict = checks.evaluate(all, threshold instanceof Number n ? n.doubleValue() : null,
                new CheckInput(response.text(), vars, prompt, response.finishReason(), response.latency().toMillis(),
                        response.costUsd()));
        return new CellResult(cell, response.text(), verdict, null, response.latency().toMillis(), response.costUsd(),
                attempts);
    }
}
