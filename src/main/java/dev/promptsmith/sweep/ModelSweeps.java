package dev.promptsmith.sweep;

import dev.promptsmith.suite.results.SuiteResults;
import org.springframework.stereotype.Service;

/** The sweep of any stored run, whether the browser or the command line started it. */
@Service
public class ModelSweeps {

    private final SuiteResults results;

    public ModelSweeps(SuiteResults results) {
        this.results = results;
    }

    /** The run's models as a choice; no rows for a run without results (or no such run). */
    public ModelSweep of(long runId) {
        return SweepAnalysis.of(results.samples(runId));
    }
}
