package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.run.store.NewRun;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.List;
import java.util.Map;

/**
 * What a run runs: the prompt versions, test cases and models of a suite version, and how.
 *
 * @param defaultTest   the suite's {@code defaultTest}: its vars and checks apply to every case
 * @param promptFilters the prompts a model may run, by the provider's id and label (a promptfoo provider's
 *                      {@code prompts}: labels, ids, or {@code prefix*}); a model not named runs every prompt
 * @param transforms    a provider's {@code transform} of its outputs, by the provider's id and label
 */
public record RunSpec(long suiteVersionId, String suiteName, List<PlannedPrompt> prompts, List<PlannedCase> tests,
                      List<ModelTarget> models, Map<String, Object> defaultTest, RunSettings settings,
                      Map<String, List<String>> promptFilters, Map<String, Object> transforms) {

    /** Where a test's (or defaultTest's) own {@code prompts} and {@code providers} filters travel: in its options. */
    public static final String TEST_PROMPTS = "prompts";
    public static final String TEST_PROVIDERS = "providers";

    public RunSpec {
        prompts = List.copyOf(prompts);
        tests = List.copyOf(tests);
        models = List.copyOf(models);
        defaultTest = defaultTest == null ? Map.of() : defaultTest;
        promptFilters = promptFilters == null ? Map.of() : Map.copyOf(promptFilters);
        transforms = transforms == null ? Map.of() : Map.copyOf(transforms);
    }

    /** A run in which every model runs every prompt. */
    public RunSpec(long suiteVersionId, String suiteName, List<PlannedPrompt> prompts, List<PlannedCase> tests,
                   List<ModelTarget> models, Map<String, Object> defaultTest, RunSettings settings) {
        this(suiteVersionId, suiteName, prompts, tests, models, defaultTest, settings, Map.of(), Map.of());
    }

    /**
     * A prompt version; {@code versionId} 0 when it is not stored.
     *
     * @param label what the suite calls it, which reports show and filters match
     */
    public record PlannedPrompt(long versionId, PromptDocument document, String label) {

        public PlannedPrompt(long versionId, PromptDocument document) {
            this(versionId, document, document.title());
        }
    }

    /** Whether model {@code m} runs prompt {@code p}: promptfoo's rule for a provider's {@code prompts}. */
    public boolean runs(int p, int m) {
        List<String> allowed = promptFilters.get(models.get(m).name());
        return allowed == null || CellFilters.promptAllowed(allowed, prompts.get(p));
    }

    /** Whether test {@code test} runs prompt {@code p} on model {@code m}: the provider's and the test's filters. */
    public boolean runs(int p, PlannedCase test, int m) {
        Map<String, Object> options = test.definition().options();
        return runs(p, m)
                && (!(options.get(TEST_PROMPTS) instanceof List<?> refs) || CellFilters.promptAllowed(refs, prompts.get(p)))
                && (!(options.get(TEST_PROVIDERS) instanceof List<?> refs)
                        || CellFilters.providerAllowed(refs, models.get(m)));
    }

    /** A test case; {@code id} 0 when it is not stored. */
    public record PlannedCase(long id, TestCaseDefinition definition) {
    }

    /** The run as the store first keeps it, started by {@code owner} (pid@host) from {@code origin}. */
    public NewRun newRun(String origin, String owner) {
        return new NewRun(suiteVersionId, origin, owner, settings.repeats(), cellCount(), StoredSettings.write(settings),
                prompts.stream().map(PlannedPrompt::versionId).toList(), models);
    }

    public RunSpec with(RunSettings other) {
        return new RunSpec(suiteVersionId, suiteName, prompts, tests, models, defaultTest, other, promptFilters,
                transforms);
    }

    /** How many cells the run has. */
    public int cellCount() {
        int cells = 0;
        for (PlannedCase test : tests) {
            int repeats = RunPlan.repeats(test, settings.repeats());
            for (int p = 0; p < prompts.size(); p++) {
                for (int m = 0; m < models.size(); m++) {
                    cells += runs(p, test, m) ? repeats : 0;
                }
            }
        }
        return cells;
    }
}
