package dev.promptsmith.run;

import dev.promptsmith.suite.Repeats;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of a run, in a stable order: prompt, then test case, then model, then repeat; a
 * model runs only the prompts its provider's {@code prompts} filter allows.
 */
public final class RunPlan {

    private RunPlan() {
    }

    /** Repeats are the run's, unless a test case sets its own {@code options.repeat}. */
    public static List<Cell> cells(RunSpec spec) {
        List<Cell> cells = new ArrayList<>();
        for (int p = 0; p < spec.prompts().size(); p++) {
            for (RunSpec.PlannedCase test : spec.tests()) {
                for (int m = 0; m < spec.models().size(); m++) {
                    if (!spec.runs(p, test, m)) {
                        continue;
                    }
                    int repeats = repeats(test, spec.settings().repeats());
                    for (int repeat = 0; repeat < repeats; repeat++) {
                        cells.add(new Cell(p, spec.prompts().get(p).document(), test.id(), test.definition(), m,
                                spec.models().get(m), repeat, spec.prompts().get(p).label(),
                                spec.transforms().get(spec.models().get(m).name())));
                    }
                }
            }
        }
        return cells;
    }

    static int repeats(RunSpec.PlannedCase test, int runRepeats) {
        return Repeats.of(test.definition().options(), runRepeats);
    }
}
