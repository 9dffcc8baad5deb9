package dev.promptsmith.ui.runs;

import dev.promptsmith.run.store.RunSummary;

/** What the compare screen calls its two runs: "Baseline" and "Run" against a suite's baseline, else "A" and "B". */
record Sides(String before, String after) {

    static Sides of(RunSummary earlier, RunSummary later) {
        return earlier.baseline() && earlier.suite().equals(later.suite()) ? new Sides("Baseline", "Run")
                : new Sides("A", "B");
    }
}
