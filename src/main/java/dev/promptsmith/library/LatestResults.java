package dev.promptsmith.library;

import dev.promptsmith.run.RunService;
import dev.promptsmith.run.store.RunMatrix;
import dev.promptsmith.run.store.RunSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's latest pass rate per model: for each model, the newest of the suite's recent runs that has results
 * of it. A model that ran long ago and not since drops out once {@link #RECENT} newer runs left it out.
 */
final class LatestResults {

    static final int RECENT = 10;

    private final RunService runs;

    LatestResults(RunService runs) {
        this.runs = runs;
    }

    List<ModelPassRate> of(String suite) {
        Map<String, ModelPassRate> latest = new LinkedHashMap<>();
        RunMatrix matrix = runs.matrix();
        for (RunSummary run : runs.history(suite, 0, RECENT)) {
            if (run.done() == 0) {
                continue;
            }
            matrix.outline(run.id()).ifPresent(outline -> perModel(matrix, run.id(), outline)
                    .forEach(rate -> latest.putIfAbsent(rate.model(), rate)));
        }
        return List.copyOf(latest.values());
    }

    private static List<ModelPassRate> perModel(RunMatrix matrix, long runId, RunMatrix.Outline outline) {
        int models = outline.models().size();
        int[] cells = new int[models];
        int[] passed = new int[models];
        for (int prompt = 0; prompt < outline.prompts().size(); prompt++) {
            for (RunMatrix.Tally tally : matrix.tallies(runId, prompt, outline.tests())) {
                if (tally.modelPosition() < models) {
                    cells[tally.modelPosition()] += tally.runs();
                    passed[tally.modelPosition()] += tally.passed();
                }
            }
        }
        List<ModelPassRate> rates = new ArrayList<>();
        for (int model = 0; model < models; model++) {
            if (cells[model] > 0) {
                rates.add(new ModelPassRate(outline.models().get(model), runId, passed[model], cells[model]));
            }
        }
        return rates;
    }
}
