package dev.promptsmith.library;

import dev.promptsmith.run.RunService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The suites' latest pass rates per model, read for every task at once: for each model, the newest of a suite's
 * {@link #RECENT} newest runs that has results of it. A model that ran long ago and not since drops out once
 * that many newer runs left it out.
 */
final class LatestResults {

    static final int RECENT = 10;

    private final RunService runs;

    LatestResults(RunService runs) {
        this.runs = runs;
    }

    /** By suite name; a suite that has not run has no entry. */
    Map<String, List<ModelPassRate>> of(Collection<String> suites) {
        return runs.latestPassRates().of(suites, RECENT).entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream()
                        .map(r -> new ModelPassRate(r.model(), r.runId(), r.passed(), r.cells())).toList()));
    }
}
