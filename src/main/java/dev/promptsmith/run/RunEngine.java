package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuiteProvider;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and resumes stored runs: plans the cells, runs them with the executor and stores each
 * result as it completes. The same engine serves the screens and the command line.
 */
public final class RunEngine {

    private final RunStore store;
    private final TransactionTemplate transactions;
    private final SuiteExecutor executor;
    private final PromptStore prompts;
    private final SuiteStore suites;

    public RunEngine(RunStore store, TransactionTemplate transactions, SuiteExecutor executor, PromptStore prompts,
                     SuiteStore suites) {
        this.store = store;
        this.transactions = transactions;
        this.executor = executor;
        this.prompts = prompts;
        this.suites = suites;
    }

    public RunStore store() {
        return store;
    }

    /** A run of a stored suite version: the latest version of each of its prompts, on these models. */
    public RunSpec spec(SuiteVersion suite, List<ModelTarget> models, RunSettings settings) {
        List<Long> versionIds = new ArrayList<>();
        for (long promptId : suite.promptIds()) {
            versionIds.add(prompts.latestVersion(promptId).orElseThrow(() -> new IllegalStateException(
                    "prompt " + promptId + " of suite " + suite.suiteName() + " has no version")).id());
        }
        return spec(suite, versionIds, models, settings);
    }

    /** A run of a stored suite version with these prompt versions (stored ones, of any prompt), on these models. */
    public RunSpec spec(SuiteVersion suite, List<Long> promptVersionIds, List<ModelTarget> models, RunSettings settings) {
        PromptyParser parser = new PromptyParser();
        List<RunSpec.PlannedPrompt> planned = new ArrayList<>();
        for (int i = 0; i < promptVersionIds.size(); i++) {
            long versionId = promptVersionIds.get(i);
            PromptVersion version = prompts.version(versionId).orElseThrow();
            String name = prompts.promptName(versionId).orElseThrow();
            try {
                PromptDocument document = parser.parse(name + PromptyParser.EXTENSION + " v" + version.number(), name,
                        version.content());
                String label = i < suite.promptLabels().size() ? suite.promptLabels().get(i) : null;
                planned.add(new RunSpec.PlannedPrompt(versionId, document, label == null ? document.title() : label));
            } catch (InvalidFileException e) {
                throw new IllegalStateException("stored prompt " + name + " v" + version.number() + " cannot be read: "
                        + e.getMessage(), e);
            }
        }
        List<RunSpec.PlannedCase> tests = suite.tests().stream()
                .map(t -> new RunSpec.PlannedCase(t.id(), t.definition())).toList();
        return new RunSpec(suite.id(), suite.suiteName(), planned, tests, models, suite.defaultTest(), settings,
                promptFilters(suite.providers()), transforms(suite.providers()));
    }

    /** Each provider's {@code transform} of its outputs, by its id and by its label. */
    private static Map<String, Object> transforms(List<SuiteProvider> providers) {
        Map<String, Object> transforms = new HashMap<>();
        for (SuiteProvider provider : providers) {
            if (provider.transform() != null) {
                transforms.put(provider.id(), provider.transform());
                if (provider.label() != null) {
                    transforms.put(provider.label(), provider.transform());
                }
            }
        }
        return transforms;
    }

    /** Each provider's {@code prompts} filter, by its id and by its label, as promptfoo looks them up. */
    private static Map<String, List<String>> promptFilters(List<SuiteProvider> providers) {
        Map<String, List<String>> filters = new HashMap<>();
        for (SuiteProvider provider : providers) {
            if (provider.prompts() != null) {
                filters.put(provider.id(), provider.prompts());
                if (provider.label() != null) {
                    filters.put(provider.label(), provider.prompts());
                }
            }
        }
        return filters;
    }

    /** Stores a new run and starts its cells; {@code listener} hears of each result once it is stored. */
    public ActiveRun start(RunSpec spec, String origin, Consumer<CellResult> listener) {
        long id = transactions.execute(status -> store.create(spec.newRun(origin, RunOwner.current())));
        return launch(id, spec, RunPlan.cells(spec), 0, listener);
    }

    /** Takes a stopped run up again: only the cells without a result are called. */
    public ActiveRun resume(long runId, Consumer<CellResult> listener) {
        return resume(runId, null, listener);
    }

    /**
     * Takes up again a stopped run that was started with only some of its suite's cases ({@code testCaseIds});
     * {@code null} for all of them.
     */
    public ActiveRun resume(long runId, Set<Long> testCaseIds, Consumer<CellResult> listener) {
        RunStore.StoredPlan plan = store.plan(runId);
        SuiteVersion suite = suites.version(plan.suiteVersionId()).orElseThrow();
        RunSpec spec = spec(suite, plan.promptVersionIds(), plan.models(), StoredSettings.read(plan));
        if (testCaseIds != null) {
            spec = new RunSpec(spec.suiteVersionId(), spec.suiteName(), spec.prompts(),
                    spec.tests().stream().filter(t -> testCaseIds.contains(t.id())).toList(), spec.models(),
                    spec.defaultTest(), spec.settings(), spec.promptFilters(), spec.transforms());
        }
        Set<String> done = store.doneCells(runId);
        List<Cell> missing = RunPlan.cells(spec).stream()
                .filter(c -> !done.contains(RunStore.cellKey(c.promptIndex(), c.testCaseId(), c.modelIndex(), c.repeat())))
                .toList();
        store.reopen(runId, RunOwner.current());
        return launch(runId, spec, missing, done.size(), listener);
    }

    private ActiveRun launch(long id, RunSpec spec, List<Cell> cells, int alreadyDone, Consumer<CellResult> listener) {
        ResultWriter writer = new ResultWriter(store, transactions, id, listener);
        Execution execution = executor.start(cells, spec.defaultTest(), spec.settings(), writer::add);
        return new ActiveRun(id, alreadyDone, execution, writer, store);
    }
}
