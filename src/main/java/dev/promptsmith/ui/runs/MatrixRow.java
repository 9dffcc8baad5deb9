package dev.promptsmith.ui.runs;

import dev.promptsmith.run.store.RunMatrix;
import java.util.Map;

/**
 * One row of the matrix: a prompt (what the suite calls it) and a test case, with each model's tally so far by model
 * position.
 */
record MatrixRow(int promptPosition, String prompt, RunMatrix.Case test, Map<Integer, RunMatrix.Tally> tallies) {

    CellStatus status(int model) {
        return CellStatus.of(tallies.get(model));
    }

    /** Passed repeats of those with a result, e.g. {@code 2/3}; an ellipsis while repeats are still missing. */
    String text(int model) {
        RunMatrix.Tally tally = tallies.get(model);
        if (tally == null) {
            return "·";
        }
        String text = tally.passed() + "/" + tally.runs();
        if (tally.errors() > 0) {
            text += " (" + tally.errors() + " err)";
        }
        return tally.runs() < test.repeats() ? text + " …" : text;
    }
}
