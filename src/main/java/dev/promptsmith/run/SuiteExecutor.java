package dev.promptsmith.run;

import dev.promptsmith.check.AnsweringModel;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.prompt.RenderedMessage;
import dev.promptsmith.run.cache.CachedCalls;
import dev.promptsmith.run.cache.RequestKey;
import dev.promptsmith.script.ScriptException;
import dev.promptsmith.script.VarsTransform;
import dev.promptsmith.suite.DefaultTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs cells on virtual threads: at most {@code concurrency} model calls at a time overall and
 * an adaptive number per provider, retries that honour Retry-After up to the run's limit (no
 * permit is held while waiting), answers through the response cache when the run uses it, a
 * time-out per call and, when the settings give one, a deadline for the whole run. A test's
 * {@code transformVars} gives its variables before the prompt is rendered. Each answer,
 * after the provider's {@code transform} and the test's {@code options.transform} (the cell's output,
 * as promptfoo reports it; the answer is kept too), is checked with the suite's default checks and the
 * case's own, and each result is handed to a listener as it completes. A cell that fails (template, model) is a result with its
 * error; the run goes on. A cancelled cell gives no result at all, so resuming runs it again.
 */
final class SuiteExecutor {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ModelGateway gateway;
    private final CheckEngine checks;
    private final Sleeper sleeper;
    private final CachedCalls cache;
    private final PriceTable prices;
    private final PromptRenderer renderer = new PromptRenderer();

    /**
     * @param cache  the response cache, used by runs whose settings ask for it
     * @param prices today's prices: an answer, from the cache too, costs what its tokens cost now
     */
    public SuiteExecutor(ModelGateway gateway, CheckEngine checks, Sleeper sleeper, CachedCalls cache,
                         PriceTable prices) {
        this.gateway = gateway;
        this.checks = checks;
        this.sleeper = sleeper;
        this.cache = cache;
        this.prices = prices;
    }

    /**
     * Starts the cells and returns at once.
     *
     * @param defaultTest the suite's {@code defaultTest}: its {@code vars} and {@code assert} apply to every case
     * @param onResult    called on the cell's thread as each result completes
     */
    public Execution start(List<Cell> cells, Map<String, Object> defaultTest, RunSettings settings,
                           Consumer<CellResult> onResult) {
        Execution execution = new Execution(cells.size());
        Semaphore overall = new Semaphore(settings.concurrency(), true);
        ProviderLimits providers = new ProviderLimits(settings.perProvider());
        RetryPolicy retries = RetryPolicy.standard(settings.retries(), settings.maxRetryAfter());
        // which key each model's calls carry, looked up once a run rather than once a cell (in the app a
        // lookup reads and decrypts the entered key)
        Map<ModelTarget, String> keyIdentities = new HashMap<>();
        for (Cell cell : cells) {
            keyIdentities.computeIfAbsent(cell.model(), gateway::keyIdentity);
        }
        // the suite's own template filters are in its renders and its checks' values, and in no other suite's
        PromptRenderer renderer = this.renderer.withFilters(SuiteFilters.of(defaultTest, checks.transform().scripts()));
        CheckEngine checks = this.checks.withRenderer(renderer);
        PreparedTests tests = new PreparedTests(checks, defaultTest);
        List<Callable<CellResult>> works = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            String keyIdentity = keyIdentities.get(cell.model());
            works.add(() -> {
                CellResult result;
                try {
                    result = run(cell, keyIdentity, tests.of(cell.test()), settings, retries, overall,
                            providers.of(cell.model()), execution, renderer, checks);
                } catch (RuntimeException e) {
                    // a fault of ours must not lose the cell: it is stored with what went wrong
                    result = CellResult.failed(cell, "the cell could not be run: " + e, null, 0, null);
                }
                if (result != null && !execution.cancelled()) {
                    onResult.accept(result);
                    return result;
                }
                return null;
            });
        }
        execution.start(works, Math.max(64, 4 * settings.concurrency()));
        if (settings.deadline() != null) {
            execution.deadline(settings.deadline(), "stopped at the run's deadline of "
                    + RetryPolicy.describe(settings.deadline()));
        }
        return execution;
    }

    /** Runs the cells and waits for all of them. */
    public List<CellResult> run(List<Cell> cells, Map<String, Object> defaultTest, RunSettings settings,
                                Consumer<CellResult> onResult) {
        return start(cells, defaultTest, settings, onResult).await();
    }

    private CellResult run(Cell cell, String keyIdentity, PreparedTests.Prepared test, RunSettings settings,
                           RetryPolicy retries, Semaphore overall, AdaptiveLimit provider, Execution execution,
                           PromptRenderer renderer, CheckEngine checks) throws InterruptedException {
        Map<String, Object> vars = test.vars();
        Object transformVars = cell.test().options().get("transformVars");
        if (transformVars != null) {
            try {
                vars = new VarsTransform(checks.transform().scripts()).apply(transformVars, vars,
                        Map.of("prompt", Map.of(), "uuid", testUuid(cell)));
            } catch (ScriptException e) {
                return CellResult.failed(cell, "the test's transformVars failed: " + e.getMessage(), null, 0, null);
            }
        }
        List<RenderedMessage> rendered;
        try {
            // as promptfoo: a function's result is the prompt text, and a test's prefix and suffix are not put around it
            rendered = cell.prompt().function() != null
                    ? renderer.renderFunctionResult(cell.prompt(), PromptFunctionCall.text(cell.prompt().function(),
                            cell.model(), vars, checks.transform().scripts()), vars)
                    : renderer.render(cell.prompt(), vars, text(cell.test().options().get("prefix")),
                            text(cell.test().options().get("suffix")));
        } catch (RenderException e) {
            return CellResult.failed(cell, e.getMessage(), null, 0, null);
        } catch (ScriptException e) {
            return CellResult.failed(cell, "the prompt function failed: " + e.getMessage(), null, 0, null);
        }
        ModelRequest request = ModelRequest.of(rendered.stream().map(m -> new ChatMessage(m.role(), m.text())).toList());
        String key = RequestKey.of(cell.model(), request, keyIdentity);
        ModelResponse response = null;
        boolean cached = false;
        int attempts = 0;
        if (settings.cache()) {
            Optional<ModelResponse> hit = cache.cached(key, cell.repeat());
            if (hit.isPresent()) {
                response = hit.get();
                cached = true;
            }
        }
        while (response == null) {
            if (execution.cancelled()) {
                return null;
            }
            long ticket = provider.acquire();
            boolean answered = false;
            ModelException failure;
            try {
                overall.acquire();
                try {
                    attempts++;
                    if (settings.cache()) {
                        CachedCalls.Answer answer = cache.call(key, cell.repeat(), () -> send(cell.model(), request,
                                settings.timeout(), execution));
                        response = answer.response();
                        cached = answer.cached();
                    } else {
                        response = send(cell.model(), request, settings.timeout(), execution);
                    }
                    answered = true;
                    break;
                } catch (ModelException e) {
                    failure = e;
                } finally {
                    overall.release();
                }
            } finally {
                provider.release(answered);
            }
            if (failure.kind() == ModelErrorKind.RATE_LIMITED) {
                provider.rateLimited(ticket);
            }
            if (execution.cancelled() || failure.kind() == ModelErrorKind.CANCELLED) {
                return null;
            }
            if (!retries.retries(failure, attempts - 1)) {
                boolean refused = failure.kind().retriable() && retries.asksTooLong(failure);
                if (refused) {
                    execution.retryAfterRefused(failure.retryAfter().orElseThrow());
                }
                return CellResult.failed(cell, failure.getMessage() + (attempts > 1 ? " (after " + attempts
                        + " attempts)" : "") + (refused ? retries.tooLong(failure) : ""), failure.kind(), attempts, key);
            }
            sleeper.sleep(retries.delay(attempts, failure, ThreadLocalRandom.current()::nextDouble));
        }
        // a cached answer carries the cost of the day it was stored, or none when its price was unknown then
        response = prices.priced(cell.model(), response);
        String prompt = String.join("\n\n", rendered.stream().map(RenderedMessage::text).toList());
        String answer = response.text();
        String output = answer;
        // as promptfoo: the provider's transform first, then the test's; the result is the cell's output
        for (String whose : List.of("provider", "test")) {
            Object transform = whose.equals("provider") ? cell.providerTransform() : cell.test().options().get("transform");
            if (transform == null) {
                continue;
            }
            try {
                output = checks.transform().apply(transform, output, Map.of("vars", vars, "prompt", prompt));
            } catch (ScriptException e) {
                return new CellResult(cell, response, null, "the " + whose + "'s transform failed: " + e.getMessage(),
                        null, attempts, cached, key);
            }
        }
        CheckInput input = new CheckInput(output, vars, prompt, response.finishReason(),
                response.latency().toMillis(), response.costUsd())
                .answeredBy(AnsweringModel.of(cell.model()), response.logProbs());
        // as promptfoo: a check that cannot judge such an answer at all makes the cell an error
        CaseVerdict verdict = checks.evaluate(test.filled(checks, vars), test.threshold(), input);
        // the JSON outcome is of what the model sent: a transform's output says nothing of the model's JSON
        OutputJson json = output.equals(answer) ? input.outputJson() : OutputJson.of(answer, response.finishReason());
        return new CellResult(cell, response, verdict, verdict.error(), null, attempts, cached, key, json, output);
    }

    /** One model call, cancelled with the run and timed out after {@code timeout}. */
    private ModelResponse send(ModelTarget target, ModelRequest request, Duration timeout, Execution execution) {
        ModelGateway.ModelCall call = gateway.submit(target, request);
        execution.active(call);
        try {
            return call.result().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel();
            throw new ModelException(ModelErrorKind.TIMEOUT, target.name() + " (" + target.providerId()
                    + "): no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new ModelException(ModelErrorKind.CANCELLED, target.name() + ": cancelled");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ModelException m ? m
                    : new ModelException(ModelErrorKind.SERVER_ERROR, target.name() + ": " + e.getCause());
        } finally {
            execution.inactive(call);
        }
    }

    /**
     * promptfoo hands transformVars a random id per test; here it is the same for every cell of a
     * test, so a transform that uses it gives the same variables, and the same request, each time.
     */
    private static String testUuid(Cell cell) {
        return java.util.UUID.nameUUIDFromBytes((cell.testCaseId() + "/" + cell.test().position() + "/"
                + cell.test().vars()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
