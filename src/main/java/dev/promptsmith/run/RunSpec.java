package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.run.store.NewRun;
import dev.promptsmith.testcase.TestCaseDefinition;
import java.util.List;
import java.util.Map;

/**
 * What a run runs: the prompt versions, test cases and models of a suite version, and how.
 *
 * @param defaultTest the suite's {@code defaultTest}: its vars and checks apply to every case
 */
public record RunSpec(long suiteVersionId, String suiteName, List<PlannedPrompt> prompts, List<PlannedCase> tests,
                      List<ModelTarget> models, Map<String, Object> defaultTest, RunSettings settings) {

    public RunSpec {
        prompts = List.copyOf(prompts);
        tests = List.copyOf(tests);
        models = List.copyOf(models);
        defaultTest = defaultTest == null ? Map.of() : defaultTest;
    }

    /** A prompt version; {@code versionId} 0 when it is not stored. */
    public record PlannedPrompt(long versionId, PromptDocument document) {
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
        return new RunSpec(suiteVersionId, suiteName, prompts, tests, models, defaultTest, other);
    }

    /** How many cells the run has. */
    public int cellCount() {
        int perModelAndPrompt = tests.stream().mapToInt(t -> RunPlan.repeats(t, settings.repeats())).sum();
        return perModelAndPrompt * models.size() * prompts.size();
    }
}
