package dev.promptsmith.suite.results;

import java.util.List;
import java.util.Optional;

/**
 * What a suite's runs say: per model and per case, a run against a baseline, and which run is the
 * baseline. The screens and the command line read results through it; how they are stored is the
 * {@code run} package's business ({@link RunResults}), which also makes it for the app and the command line.
 */
public class SuiteResults {

    private final RunResults runs;

    public SuiteResults(RunResults runs) {
        this.runs = runs;
    }

    /** Per prompt and model: pass rate, mean score, latency, tokens, cost and JSON rates. */
    public List<ModelStats> models(long runId) {
        return ModelStats.of(runs.samples(runId));
    }

    /** Every result of a run as the statistics see it, in plan order; empty for an unknown run. */
    public List<Sample> samples(long runId) {
        return runs.samples(runId);
    }

    /** Per prompt, test case and model, over the repeats; empty when there is no such run. */
    public Optional<List<CaseStats>> cases(long runId) {
        return runs.exists(runId) ? Optional.of(CaseStats.of(runs.samples(runId))) : Optional.empty();
    }

    /** A later run set against an earlier one, case by case. */
    public RunComparison compare(long baselineId, long runId) {
        return RunComparison.of(CaseStats.of(runs.samples(baselineId)), CaseStats.of(runs.samples(runId)));
    }

    /** The run later runs of the suite are compared with, if one was chosen. */
    public Optional<Long> baseline(String suite) {
        return runs.baseline(suite);
    }

    public void markBaseline(long runId) {
        runs.markBaseline(runId);
    }
}
