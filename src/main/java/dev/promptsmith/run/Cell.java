package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.suite.TestCaseDefinition;

/**
 * One call of a run: a prompt, a test case, a model and which repeat it is (0-based).
 *
 * @param promptIndex the prompt's place in the run's list of prompts
 * @param testCaseId  the stored test case, or 0 when the run is not stored
 * @param modelIndex  the model's place in the run's list of models
 * @param promptLabel what the suite calls the prompt (promptfoo's label), for reports
 * @param providerTransform the provider's {@code transform} of its output (before the test's), or {@code null}
 */
public record Cell(int promptIndex, PromptDocument prompt, long testCaseId, TestCaseDefinition test, int modelIndex,
                   ModelTarget model, int repeat, String promptLabel, Object providerTransform) {

    /** A cell whose prompt is called by its title, of a provider without a transform. */
    public Cell(int promptIndex, PromptDocument prompt, long testCaseId, TestCaseDefinition test, int modelIndex,
                ModelTarget model, int repeat) {
        this(promptIndex, prompt, testCaseId, test, modelIndex, model, repeat, prompt.title(), null);
    }

    /** A name for reports: {@code test description [model] #repeat}. */
    public String name() {
        return testLabel() + " [" + model.name() + "]" + (repeat > 0 ? " #" + (repeat + 1) : "");
    }

    /** The test's description, or "test N" when it has none. */
    public String testLabel() {
        return test.description().isBlank() ? "test " + (test.position() + 1) : test.description();
    }
}
