package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.testcase.TestCaseDefinition;
import java.util.ArrayList;
import java.util.List;

/** Every cell of a run, in a stable order: prompt, then test case, then model, then repeat. */
public final class RunPlan {

    private RunPlan() {
    }

    public static List<Cell> cells(List<PromptDocument> prompts, List<TestCaseDefinition> tests, List<ModelTarget> models,
                                   int repeats) {
        List<Cell> cells = new ArrayList<>();
        for (PromptDocument prompt : prompts) {
            for (TestCaseDefinition test : tests) {
                for (ModelTarget model : models) {
                    for (int repeat = 0; repeat < repeats; repeat++) {
                        cells.add(new Cell(prompt, test, model, repeat));
                    }
                }
            }
        }
        return cells;
    }
}
