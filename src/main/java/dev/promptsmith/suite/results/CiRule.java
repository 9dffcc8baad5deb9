package dev.promptsmith.suite.results;

/**
 * When a finished run passes in CI: its pass rate reaches {@code failUnder} and, when it was set
 * against a baseline, no case regressed significantly and the overall pass rate did not drop
 * significantly ({@link RunComparison}).
 */
public record CiRule(double failUnder) {

    public CiRule {
        if (!(failUnder >= 0 && failUnder <= 1)) {
            throw new IllegalArgumentException("the pass rate to reach must be between 0 and 1, not " + failUnder);
        }
    }

    /** The rule's answer and the line that says it. */
    public record Verdict(boolean passed, String line) {
    }

    /** @param comparison the run against its baseline; {@code null} without a baseline */
    public Verdict judge(double passRate, RunComparison comparison) {
        if (passRate < failUnder) {
            return new Verdict(false, "FAILED: the pass rate is under " + failUnder);
        }
        if (comparison != null && (!comparison.significantRegressions().isEmpty() || comparison.significantDrop())) {
            return new Verdict(false, "FAILED: significant regressions against the baseline");
        }
        return new Verdict(true, "PASSED");
    }
}
