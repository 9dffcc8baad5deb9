package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.testcase.TestCaseDefinition;

/** One call of a run: a prompt, a test case, a model and which repeat it is (0-based). */
public record Cell(PromptDocument prompt, TestCaseDefinition test, ModelTarget model, int repeat) {

    /** A name for reports: {@code test description [model] #repeat}. */
    public String name() {
        String test = this.test.description().isBlank() ? "test " + (this.test.position() + 1) : this.test.description();
        return test + " [" + model.name() + "]" + (repeat > 0 ? " #" + (repeat + 1) : "");
    }
}
