package dev.promptsmith.run;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.model.TokenCounter;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.run.store.LatestPassRates;
import dev.promptsmith.run.store.RunMatrix;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.run.store.VersionPassRate;
import dev.promptsmith.suite.DefaultTest;
import dev.promptsmith.suite.SuiteProvider;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteSummary;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** What the screens do with runs: start, follow, cancel and resume them, and read them back. */
@Service
public class RunService {

    /** How long a run may go without a heartbeat before it counts as interrupted. */
    static final Duration SILENCE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private final RunEngine engine;
    private final SuiteStore suites;
    private final PriceTable prices;
    private final Duration maxRetryAfter;
    private final UnaryOperator<String> providerEnvironment;
    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();

    /**
     * @param maxRetryAfter the longest Retry-After a run obeys; a provider that asks for more fails the cell
     * @param ollamaUrl     where a suite file's ollama: providers go when neither their config nor OLLAMA_BASE_URL says
     */
    public RunService(RunEngine engine, SuiteStore suites, PriceTable prices,
                      @Value("${promptsmith.model.max-retry-after:PT60S}") Duration maxRetryAfter,
                      @Value("${" + ProviderIds.OLLAMA_URL_SETTING + ":}") String ollamaUrl) {
        this.engine = engine;
        this.suites = suites;
        this.prices = prices;
        this.maxRetryAfter = maxRetryAfter;
        this.providerEnvironment = ProviderIds.environment(ollamaUrl);
    }

    /** Runs left running by a process that is gone (killed, crashed) are marked interrupted. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        int marked = engine.store().markInterrupted(RunOwner::alive, SILENCE);
        if (marked > 0) {
            log.info("{} runs were left unfinished by a process that is gone; they are marked interrupted and can be resumed",
                    marked);
        }
    }

    /** A stored run's suite and status, its counts all 0: quick, where the counts may come after. */
    public Optional<RunSummary> uncounted(long runId) {
        return store().uncounted(runId);
    }

    /** A stored run's summary: suite, status, counts, cost. */
    public Optional<RunSummary> summary(long runId) {
        return store().summary(runId);
    }

    /** A suite's runs, newest first (all suites for {@code null}). */
    public List<RunSummary> history(String suite, int offset, int limit) {
        return store().history(suite, offset, limit);
    }

    public int count(String suite) {
        return store().count(suite);
    }

    /** The stored results as the matrix of a run's page reads them. */
    public RunMatrix matrix() {
        return store().matrix();
    }

    /** Suites' latest pass rates per model, many suites at once. */
    public LatestPassRates latestPassRates() {
        return store().latestPassRates();
    }

    /**
     * Every repeat of one case of a stored run, named as the statistics name it: the prompt's key,
     * the test's position and the model's name; empty when the run has no such case.
     */
    public List<StoredResult> caseResults(long runId, String prompt, int test, String model) {
        Optional<RunMatrix.Outline> found = matrix().outline(runId);
        if (found.isEmpty()) {
            return List.of();
        }
        RunMatrix.Outline outline = found.get();
        int promptPosition = matrix().promptKeys(runId).indexOf(prompt);
        int modelPosition = outline.models().indexOf(model);
        Optional<RunMatrix.Case> testCase = outline.tests().stream().filter(c -> c.position() == test).findFirst();
        if (promptPosition < 0 || modelPosition < 0 || testCase.isEmpty()) {
            return List.of();
        }
        return matrix().repeats(runId, promptPosition, testCase.get().id(), modelPosition);
    }

    /** For each of these prompt versions that a run tested, how it did in the latest such run. */
    public Map<Long, VersionPassRate> latestPassRates(List<Long> promptVersionIds) {
        return store().latestPassRates(promptVersionIds);
    }

    /** The models a run called, as they were then. */
    public List<ModelTarget> models(long runId) {
        return store().models(runId);
    }

    /** Why a run stopped before its end, if something other than a person's cancel stopped it. */
    public Optional<String> stopReason(long runId) {
        return store().stopReason(runId).filter(reason -> !reason.equals(Execution.CANCELLED));
    }

    RunStore store() {
        return engine.store();
    }

    public List<SuiteSummary> suites() {
        return suites.summaries();
    }

    public Optional<SuiteVersion> suite(String name) {
        return suites.latest(name);
    }

    /** The suite file's own providers as models; those that cannot be read are left out. */
    public List<ModelTarget> suiteModels(SuiteVersion suite) {
        List<ModelTarget> models = new ArrayList<>();
        for (SuiteProvider provider : suite.providers()) {
            try {
                models.add(ProviderIds.parse(provider.id(), provider.label(), provider.config(), providerEnvironment));
            } catch (IllegalArgumentException e) {
                log.info("Suite {}: provider left out: {}", suite.suiteName(), e.getMessage());
            }
        }
        return models;
    }

    /** What a run would cost before it starts. */
    public record Estimate(int cells, long tokensIn, long tokensOut, BigDecimal costUsd, List<String> unpriced) {
    }

    /** Input tokens counted on the rendered prompts; output assumed at the model's max_tokens, else 256. */
    public Estimate estimate(SuiteVersion suite, List<ModelTarget> models, RunSettings settings) {
        RunSpec spec = engine.spec(suite, models, settings);
        TokenCounter counter = new TokenCounter();
        PromptRenderer renderer = new PromptRenderer();
        long tokensIn = 0;
        long tokensOut = 0;
        BigDecimal cost = BigDecimal.ZERO;
        List<String> unpriced = new ArrayList<>();
        for (RunSpec.PlannedPrompt prompt : spec.prompts()) {
            for (RunSpec.PlannedCase test : spec.tests()) {
                List<ChatMessage> messages;
                try {
                    messages = renderer.render(prompt.document(), DefaultTest.vars(spec.defaultTest(),
                            test.definition().vars())).stream().map(m -> new ChatMessage(m.role(), m.text())).toList();
                } catch (RenderException e) {
                    if (e.outOfTime()) {
                        // the estimate follows every choice on the suite page: a template that runs out of
                        // time is not rendered again for each further case (its cells will say so)
                        break;
                    }
                    continue;
                }
                int repeats = RunPlan.repeats(test, settings.repeats());
                for (ModelTarget model : models) {
                    int in = counter.count(model, messages).tokens();
                    int out = model.parameters().get("max_tokens") instanceof Number n ? n.intValue() : 256;
                    tokensIn += (long) in * repeats;
                    tokensOut += (long) out * repeats;
                    BigDecimal one = prices.cost(model, in, out);
                    if (one == null) {
                        if (!unpriced.contains(model.name())) {
                            unpriced.add(model.name());
                        }
                    } else {
                        cost = cost.add(one.multiply(BigDecimal.valueOf(repeats)));
                    }
                }
            }
        }
        return new Estimate(spec.cellCount(), tokensIn, tokensOut, cost, unpriced);
    }

    /**
     * Starts a run of the suite's latest version on these models; returns its id at once. The
     * app's Retry-After limit applies (promptsmith.model.max-retry-after).
     */
    public long start(SuiteVersion suite, List<ModelTarget> models, RunSettings settings) {
        RunSpec spec = engine.spec(suite, models, settings.withMaxRetryAfter(maxRetryAfter));
        return follow(listener -> engine.start(spec, "browser", listener), spec.cellCount(), 0);
    }

    /** Takes an interrupted or cancelled run up again; only cells without a result are called. */
    public long resume(long runId) {
        if (live.containsKey(runId)) {
            return runId;
        }
        int total = store().summary(runId).orElseThrow().cells();
        return follow(listener -> engine.resume(runId, listener), total, -1);
    }

    private long follow(java.util.function.Function<java.util.function.Consumer<CellResult>, ActiveRun> starter,
                        int total, int alreadyDone) {
        LiveRun[] holder = new LiveRun[1];
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        ActiveRun run = starter.apply(result -> {
            try {
                ready.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holder[0].accept(result);
        });
        LiveRun liveRun = new LiveRun(run, total, alreadyDone < 0 ? run.alreadyDone() : alreadyDone);
        holder[0] = liveRun;
        live.put(run.id(), liveRun);
        ready.countDown();
        Thread.ofVirtual().name("run-" + run.id()).start(() -> {
            try {
                run.await();
            } catch (RuntimeException e) {
                log.error("Run {} ended with an error", run.id(), e);
            } finally {
                live.remove(run.id());
                liveRun.ended();
            }
        });
        return run.id();
    }

    /** The run, if it is in progress in this app. */
    public Optional<LiveRun> live(long runId) {
        return Optional.ofNullable(live.get(runId));
    }

    public void cancel(long runId) {
        LiveRun run = live.get(runId);
        if (run != null) {
            run.cancel();
        }
    }
}
