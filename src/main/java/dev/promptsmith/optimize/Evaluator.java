package dev.promptsmith.optimize;

import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.run.ActiveRun;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunEngine;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.RunSpec;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.suite.SuiteVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores a prompt version on some of a suite's cases as an ordinary stored run (no response cache: every cell is a
 * model call), or takes such a run up again where it stopped. A batch whose cells do not fit in the budget is not
 * started.
 */
final class Evaluator {

    /** The origin the optimizer's runs show on the run pages. */
    static final String ORIGIN = "optimization";

    private final RunEngine engine;
    private final TransactionTemplate transactions;
    private final AtomicReference<ActiveRun> active = new AtomicReference<>();

    Evaluator(RunEngine engine, TransactionTemplate transactions) {
        this.engine = engine;
        this.transactions = transactions;
    }

    /** The settings of every evaluation: no cache, a few retries, {@code repeats} per case. */
    static RunSettings settings(int repeats) {
        return RunSettings.defaults().withCache(false).withRepeats(repeats);
    }

    /**
     * Runs {@code versionId} on {@code caseIds}, or finishes {@code runId} when it is not {@code null}.
     *
     * @param fits     whether this many calls still fit in the budget
     * @param started  hears the new run's id before any cell is called
     * @throws Interrupted when the budget, a provider or a stop ended it before every cell had an answer
     */
    Evaluation evaluate(Long runId, SuiteVersion suite, long versionId, List<Long> caseIds, List<ModelTarget> targets,
                        int repeats, IntPredicate fits, LongConsumer started) {
        RunStore store = engine.store();
        Set<Long> cases = new HashSet<>(caseIds);
        ActiveRun run;
        if (runId == null) {
            RunSpec all = engine.spec(suite, List.of(versionId), targets, settings(repeats));
            RunSpec spec = new RunSpec(all.suiteVersionId(), all.suiteName(), all.prompts(),
                    all.tests().stream().filter(t -> cases.contains(t.id())).toList(), all.models(), all.defaultTest(),
                    all.settings(), all.promptFilters(), all.transforms());
            if (!fits.test(spec.cellCount())) {
                throw new Interrupted(Interrupted.Cause.BUDGET, "the budget has no room for the " + spec.cellCount()
                        + " calls of the next evaluation");
            }
            run = engine.start(spec, ORIGIN, r -> { });
            started.accept(run.id());
        } else {
            transactions.executeWithoutResult(status -> store.forgetFailedCells(runId));
            int planned = store.summary(runId).map(s -> s.cells()).orElse(0);
            int missing = planned - store.doneCells(runId).size();
            if (missing == 0 && RunStatus.FINISHED.equals(store.summary(runId).map(s -> s.status()).orElse(null))) {
                return new Evaluation(runId, store.results(runId));
            }
            if (!fits.test(missing)) {
                throw new Interrupted(Interrupted.Cause.BUDGET, "the budget has no room for the " + missing
                        + " calls left of run " + runId);
            }
            run = engine.resume(runId, cases, r -> { });
        }
        active.set(run);
        List<CellResult> results;
        try {
            results = run.await();
        } finally {
            active.set(null);
        }
        for (CellResult result : results) {
            if (result.error() != null && result.errorKind() != null
                    && (result.errorKind().retriable() || result.errorKind() == ModelErrorKind.CANCELLED)) {
                throw new Interrupted(result.errorKind() == ModelErrorKind.CANCELLED ? Interrupted.Cause.CANCELLED
                        : Interrupted.Cause.PROVIDER, result.error());
            }
        }
        List<StoredResult> stored = store.results(run.id());
        return new Evaluation(run.id(), stored);
    }

    /** Stops the run in progress, if any. */
    void cancel(String reason) {
        ActiveRun run = active.get();
        if (run != null) {
            run.cancel(reason);
        }
    }
}
