package dev.promptsmith.suite.results;

/**
 * How one case (prompt, test, model) differs between a baseline run and a later one.
 *
 * @param significant whether the Wilson 95% intervals of the two pass rates do not overlap
 * @param low         lower end of the 95% interval of the pass-rate difference (candidate minus baseline)
 * @param high        its upper end
 */
public record CaseChange(Kind kind, CaseStats baseline, CaseStats candidate, boolean significant, double low,
                         double high) {

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
