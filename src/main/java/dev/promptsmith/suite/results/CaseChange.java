package dev.promptsmith.suite.results;

/**
 * How one case (prompt, test, model) differs between a baseline run and a later one.
 *
 * @param pValue Fisher's exact test of the two runs' pass counts ({@link Significance})
 */
public record CaseChange(Kind kind, CaseStats baseline, CaseStats candidate, double pValue) {

    /** The change is significant by the one rule of {@link Significance}. */
    public boolean significant() {
        return Significance.significant(pValue);
    }

    /** The later pass rate minus the earlier one. */
    public double difference() {
        return candidate.passRate() - baseline.passRate();
    }

    /** What happened to the case. */
    public enum Kind {
        /** It passed (more often) before. */
        REGRESSION,
        /** It passes (more often) now. */
        FIX,
        /** Its repeats disagree now and did not before. */
        BECAME_FLAKY,
        /** Its repeats agree now and did not before. */
        STEADIED,
        UNCHANGED
    }

    public String label() {
        return (candidate != null ? candidate : baseline).label();
    }

    public double scoreDelta() {
        return candidate.meanScore() - baseline.meanScore();
    }

    public long latencyDeltaMs() {
        return candidate.meanLatencyMs() - baseline.meanLatencyMs();
    }
}
