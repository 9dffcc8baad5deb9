package dev.promptsmith.suite.results;

import java.util.List;
import java.util.Optional;

/** What the statistics read of stored runs and their baselines; the {@code run} package keeps them. */
public interface RunResults {

    /** Whether a run with this id is stored. */
    boolean exists(long runId);

    /** Every result of a stored run as the statistics see it, in plan order; empty for an unknown run. */
    List<Sample> samples(long runId);

    /** The run later runs of the suite are compared with, if one was chosen. */
    Optional<Long> baseline(String suite);

    /** Makes the run the baseline of its suite (in place of the one before). */
    void markBaseline(long runId);
}
