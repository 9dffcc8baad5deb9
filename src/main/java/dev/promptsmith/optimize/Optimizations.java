package dev.promptsmith.optimize;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.ModelJudge;
import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.run.RunEngine;
import dev.promptsmith.run.RunEngines;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.suite.results.Significance;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prompt optimizations: start one on a virtual thread, stop it, resume it, read where it stands, and accept its
 * winner as the prompt's newest version. Every evaluation is an ordinary stored run (it shows on the run pages);
 * every candidate is a version of the prompt that ordinary runs and the editor do not see until it is accepted.
 * Each model call (evaluations, proposals and the checks' own judge calls) is taken from the budget in the
 * database before it is made.
 */
@Service
public class Optimizations {

    private static final Logger log = LoggerFactory.getLogger(Optimizations.class);

    private final OptimizationStore store;
    private final PromptStore prompts;
    private final SuiteStore suites;
    private final PromptVersions versions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ModelGateway gateway;
    private final Function<ModelGateway, RunEngine> engines;
    private final RunStore runs;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    /** The app's optimizer: its runs are checked by the same check types, judge and scripts as any run. */
    @Autowired
    public Optimizations(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ModelGateway gateway,
                         PriceTable prices, PromptVersions versions, ModelTargetStore targets,
                         @Value("${promptsmith.judge:}") String defaultJudge,
                         @Value("${promptsmith.workspace}") String workspace,
                         @Value("${" + ProviderIds.OLLAMA_URL_SETTING + ":}") String ollamaUrl) {
        this(jdbc, transactions, clock, gateway, prices, versions,
                g -> StandardChecks.engine(new ModelJudge(g, targets, defaultJudge, ProviderIds.environment(ollamaUrl)),
                        Scripts.of(Path.of(workspace))));
    }

    /**
     * An optimizer on this database, e.g. for the command line.
     *
     * @param versions saves an accepted winner (and writes its file); {@code null} when nothing is accepted here
     * @param checks   the check engine to judge with, given the budgeted gateway its model-graded checks must call
     */
    public Optimizations(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ModelGateway gateway,
                         PriceTable prices, PromptVersions versions, Function<ModelGateway, CheckEngine> checks) {
        this.store = new OptimizationStore(jdbc, clock);
        this.prompts = new PromptStore(jdbc, clock);
        this.suites = new SuiteStore(jdbc, clock);
        this.versions = versions;
        this.transactions = transactions;
        this.clock = clock;
        this.gateway = gateway;
        this.engines = g -> RunEngines.of(jdbc, transactions, clock, g, checks.apply(g), prices);
        this.runs = new RunStore(jdbc, clock, prices);
    }

    /**
     * Checks the request, splits the suite, stores the optimization and starts it on a virtual thread.
     *
     * @return its id
     * @throws OptimizationRefusedException when the prompt, its version, the suite or a meta-prompt is missing, or
     *                                      the suite is too small to split
     */
    public long start(OptimizationRequest request) {
        long promptId = prompts.summary(request.promptName()).orElseThrow(() -> new OptimizationRefusedException(
                "there is no prompt " + request.promptName())).id();
        PromptVersion startVersion = prompts.version(request.startVersionId())
                .filter(v -> v.promptId() == promptId)
                .orElseThrow(() -> new OptimizationRefusedException("prompt " + request.promptName()
                        + " has no version with id " + request.startVersionId()));
        SuiteVersion suite = suites.latest(request.suiteName()).orElseThrow(() -> new OptimizationRefusedException(
                "there is no suite " + request.suiteName()));
        Split split = Split.of(request.suiteName(), suite.tests(), request.validationShare(), request.seed());
        MetaPrompts metaPrompts = new MetaPrompts(prompts);
        request.strategies().forEach(metaPrompts::document);
        long id = transactions.execute(status -> {
            long created = store.create(promptId, suite.id(), request, split);
            store.addCandidate(created, startVersion.id(), 0, 0, null, List.of(), "the start",
                    0, PromptBody.body(startVersion.content()).length());
            return created;
        });
        launch(id);
        return id;
    }

    /** Asks a running optimization to stop: the call in progress ends, what is done stays, and it can be resumed. */
    public void stop(long id) {
        Running run = running.get(id);
        if (run != null) {
            run.stopRequested = true;
            run.evaluator.cancel("the optimization was stopped");
        }
    }

    /**
     * Takes a stopped or failed optimization (or one whose process went away) up again where it was.
     *
     * @throws OptimizationRefusedException when it is finished or running here already
     */
    public void resume(long id) {
        OptimizationStore.Stored state = store.find(id).orElseThrow(() -> new OptimizationRefusedException(
                "there is no optimization " + id));
        if (running.containsKey(id)) {
            throw new OptimizationRefusedException("optimization " + id + " is running");
        }
        if (state.status() == OptimizationStatus.FINISHED) {
            throw new OptimizationRefusedException("optimization " + id + " is finished: " + state.stopReason());
        }
        store.status(id, OptimizationStatus.RUNNING, null);
        launch(id);
    }

    /** Waits until the optimization's thread in this process ends (at once when none runs), then reads it. */
    public OptimizationSnapshot await(long id) throws InterruptedException {
        Running run = running.get(id);
        if (run != null) {
            run.thread.join();
        }
        return snapshot(id);
    }

    /** Where it stands: a few queries, cheap enough to poll. */
    public OptimizationSnapshot snapshot(long id) {
        OptimizationStore.Stored state = store.find(id).orElseThrow(() -> new OptimizationRefusedException(
                "there is no optimization " + id));
        List<Candidate> candidates = store.candidates(id);
        Candidate start = candidates.stream().filter(c -> c.round() == 0).findFirst().orElse(null);
        Candidate best = candidates.stream().filter(c -> state.bestCandidateId() != null
                && c.id() == state.bestCandidateId()).findFirst().orElse(null);
        Gain gain = null;
        if (start != null && best != null && start.validationPasses() != null && best.validationPasses() != null) {
            double p = Significance.pValue(best.validationPasses(), best.validationTotal(), start.validationPasses(),
                    start.validationTotal());
            gain = new Gain(start.validationPasses(), start.validationTotal(), best.validationPasses(),
                    best.validationTotal(), p, Significance.significant(p));
        }
        OptimizationStatus status = state.status() == OptimizationStatus.RUNNING && !running.containsKey(id)
                ? OptimizationStatus.STOPPED : state.status();
        String reason = status != state.status() ? "interrupted: the process running it went away; resume to go on"
                : state.stopReason();
        return new OptimizationSnapshot(id, state.request(), status, state.callsSpent(), state.costSpent(),
                state.rounds(), reason, candidates, state.bestCandidateId(), store.trajectory(id), gain,
                state.split().training().size(), state.split().validation().size(), state.acceptedVersionId(),
                state.createdAt(), state.updatedAt());
    }

    /** Every optimization, newest first. */
    public List<OptimizationSummary> list() {
        List<OptimizationSummary> list = new ArrayList<>();
        for (OptimizationStore.Stored state : store.all()) {
            List<Candidate> candidates = store.candidates(state.id());
            Double startScore = candidates.stream().filter(c -> c.round() == 0).findFirst()
                    .map(Candidate::validationScore).orElse(null);
            Double bestScore = candidates.stream().filter(c -> state.bestCandidateId() != null
                    && c.id() == state.bestCandidateId()).findFirst().map(Candidate::validationScore).orElse(null);
            list.add(new OptimizationSummary(state.id(), state.request().promptName(), state.request().suiteName(),
                    state.status(), state.callsSpent(), state.request().budget().maxCalls(), startScore, bestScore,
                    state.stopReason(), state.createdAt()));
        }
        return list;
    }

    /** Per validation case: did the start pass it, does the best? Empty before both are scored on validation. */
    public List<CaseFlip> flips(long id) {
        OptimizationSnapshot snapshot = snapshot(id);
        Optional<Candidate> start = snapshot.start();
        Optional<Candidate> best = snapshot.best();
        if (start.isEmpty() || best.isEmpty() || start.get().validationRunId() == null
                || best.get().validationRunId() == null) {
            return List.of();
        }
        List<StoredResult> startResults = runs.results(start.get().validationRunId());
        Map<Long, Boolean> startPassed = new Evaluation(start.get().validationRunId(), startResults).casePassed();
        Map<Long, Boolean> bestPassed = new Evaluation(best.get().validationRunId(),
                runs.results(best.get().validationRunId())).casePassed();
        List<CaseFlip> flips = new ArrayList<>();
        for (Map.Entry<Long, Boolean> entry : startPassed.entrySet()) {
            StoredResult any = startResults.stream().filter(r -> r.testCaseId() == entry.getKey()).findFirst()
                    .orElseThrow();
            flips.add(new CaseFlip(entry.getKey(), any.test(), any.label(), entry.getValue(),
                    bestPassed.getOrDefault(entry.getKey(), false)));
        }
        return flips;
    }

    /** What the best candidate changes against the start, as the version history shows it. */
    public PromptDiff diff(long id) {
        OptimizationSnapshot snapshot = snapshot(id);
        PromptVersion from = prompts.version(snapshot.start().orElseThrow().versionId()).orElseThrow();
        PromptVersion to = prompts.version(snapshot.best().orElseThrow(() -> new OptimizationRefusedException(
                "optimization " + id + " has no best candidate yet")).versionId()).orElseThrow();
        try {
            return saver().diff(snapshot.request().promptName(), from, to);
        } catch (InvalidFileException e) {
            throw new IllegalStateException("a stored version cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the best candidate as the prompt's newest ordinary version, as the editor saves it (and writes
     * {@code prompts/NAME.prompty} when the prompt lives there), with a note on where it came from, and points
     * {@code label} at it.
     *
     * @param label the label to set; {@code null} or blank for {@code validated}
     * @throws OptimizationRefusedException when there is no best candidate, or the save is refused
     */
    public Accepted accept(long id, String label) {
        OptimizationSnapshot snapshot = snapshot(id);
        Candidate best = snapshot.best().orElseThrow(() -> new OptimizationRefusedException(
                "optimization " + id + " has no best candidate yet"));
        String name = snapshot.request().promptName();
        long promptId = prompts.summary(name).orElseThrow(() -> new OptimizationRefusedException(
                "there is no prompt " + name + " any more")).id();
        PromptVersion candidate = prompts.version(best.versionId()).orElseThrow();
        int latest = prompts.latestVersion(promptId).map(PromptVersion::number).orElse(0);
        Candidate start = snapshot.start().orElseThrow();
        String note = "accepted from optimization " + id + ", validation " + percent(start.validationScore())
                + " → " + percent(best.validationScore());
        SaveResult result = saver().adopt(name, candidate.content(), latest, note);
        String chosen = label == null || label.isBlank() ? "validated" : label.strip();
        if (result instanceof SaveResult.Saved saved) {
            saver().moveLabel(promptId, chosen, saved.version(), null, true);
            store.accepted(id, saved.version().id());
            changed(id);
            return new Accepted(saved.version().id(), saved.version().number(), chosen, saved.fileProblem());
        }
        if (result instanceof SaveResult.Unchanged unchanged) {
            saver().moveLabel(promptId, chosen, unchanged.latest(), null, true);
            store.accepted(id, unchanged.latest().id());
            changed(id);
            return new Accepted(unchanged.latest().id(), unchanged.latest().number(), chosen, null);
        }
        throw new OptimizationRefusedException("the winner could not be saved: " + result);
    }

    /**
     * Calls {@code onChange} (on the optimization's thread) whenever something about it is stored; close the
     * returned handle to stop hearing. Screens may as well poll {@link #snapshot}.
     */
    public AutoCloseable listen(long id, Runnable onChange) {
        listeners.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.getOrDefault(id, List.of()).remove(onChange);
    }

    /** Whether the optimization runs in this process now. */
    public boolean running(long id) {
        return running.containsKey(id);
    }

    /** Optimizations left running by a process that went away are marked stopped, to be resumed. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        for (OptimizationStore.Stored state : store.all()) {
            if (state.status() == OptimizationStatus.RUNNING && !running.containsKey(state.id())) {
                store.status(state.id(), OptimizationStatus.STOPPED,
                        "interrupted: the app stopped while it ran; resume to go on");
            }
        }
    }

    private PromptVersions saver() {
        if (versions == null) {
            throw new IllegalStateException("this optimizer cannot save prompt versions");
        }
        return versions;
    }

    private static String percent(Double score) {
        return score == null ? "?" : Math.round(score * 100) + "%";
    }

    private void changed(long id) {
        for (Runnable listener : listeners.getOrDefault(id, List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("an optimization listener failed", e);
            }
        }
    }

    private void launch(long id) {
        OptimizationStore.Stored state = store.find(id).orElseThrow();
        SuiteVersion suite = suites.version(state.suiteVersionId()).orElseThrow();
        Running run = new Running();
        Instant resumedAt = clock.instant();
        BudgetedGateway budgeted = new BudgetedGateway(gateway, new BudgetedGateway.Budgeter() {
            @Override
            public String reserve() {
                if (run.stopRequested) {
                    return "the optimization was stopped";
                }
                OptimizationStore.Stored now = store.find(id).orElseThrow();
                Budget budget = now.request().budget();
                long elapsed = now.timeSpentMs() + Duration.between(resumedAt, clock.instant()).toMillis();
                if (budget.maxTime() != null && elapsed >= budget.maxTime().toMillis()) {
                    return "the time limit of " + budget.maxTime().toSeconds() + " s is reached";
                }
                if (budget.maxCostUsd() != null
                        && now.costSpent().add(now.maxCallCost()).compareTo(budget.maxCostUsd()) > 0) {
                    return "the cost limit of " + budget.maxCostUsd().toPlainString() + " USD would be passed";
                }
                return store.reserveCall(id) ? null : "the budget of " + budget.maxCalls() + " calls is spent";
            }

            @Override
            public void spent(BigDecimal cost) {
                store.addCost(id, cost);
            }
        });
        RunEngine engine = engines.apply(budgeted);
        run.evaluator = new Evaluator(engine, transactions);
        Proposer proposer = new Proposer(budgeted, new MetaPrompts(prompts), Thread::sleep);
        OptimizationLoop loop = new OptimizationLoop(id, store, prompts, engine.store(), suite, run.evaluator,
                proposer, transactions, () -> changed(id));
        run.thread = Thread.ofVirtual().name("optimization-" + id).unstarted(() -> {
            try {
                finish(id, OptimizationStatus.FINISHED, loop.run());
            } catch (Interrupted e) {
                if (run.stopRequested) {
                    finish(id, OptimizationStatus.STOPPED, "stopped by the user");
                } else if (budgeted.refusal() != null || e.kind() == Interrupted.Cause.BUDGET) {
                    finish(id, OptimizationStatus.FINISHED, "budget: " + (budgeted.refusal() != null
                            ? budgeted.refusal() : e.getMessage()));
                } else {
                    finish(id, OptimizationStatus.FAILED, "provider error (resume to go on): " + e.getMessage());
                }
            } catch (RuntimeException e) {
                log.warn("optimization {} failed", id, e);
                finish(id, OptimizationStatus.FAILED, "failed (resume to go on): " + e);
            } finally {
                store.addTime(id, Duration.between(resumedAt, clock.instant()).toMillis());
                running.remove(id);
                changed(id);
            }
        });
        running.put(id, run);
        run.thread.start();
    }

    private void finish(long id, OptimizationStatus status, String reason) {
        store.status(id, status, reason);
    }

    /** An optimization running in this process. */
    private static final class Running {
        volatile boolean stopRequested;
        volatile Evaluator evaluator;
        volatile Thread thread;
    }
}
