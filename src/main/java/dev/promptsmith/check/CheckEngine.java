package dev.promptsmith.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a test case's checks on an output with promptfoo's semantics: any check can be negated
 * with {@code not-}; the case's score is the weighted mean of the check scores; without a case
 * threshold every check with a weight must pass, with one the score must reach it.
 */
public final class CheckEngine {

    private final CheckRegistry registry;

    public CheckEngine(CheckRegistry registry) {
        this.registry = registry;
    }

    public CheckRegistry registry() {
        return registry;
    }

    /**
     * @param checks    the case's checks as written ({@code defaultTest} ones first)
     * @param threshold the case's threshold on the weighted score, or {@code null}
     */
    public CaseVerdict evaluate(List<Map<String, Object>> checks, Double threshold, CheckInput input) {
        List<CheckResult> results = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        boolean allPass = true;
        for (Map<String, Object> written : checks) {
            CheckResult result = evaluate(spec(written), input);
            results.add(result);
            weighted += result.weight() * result.score();
            weights += result.weight();
            allPass &= result.pass() || result.weight() == 0;
        }
        double score = weights == 0 ? (allPass ? 1 : 0) : weighted / weights;
        boolean pass = threshold == null ? allPass : score >= threshold;
        return new CaseVerdict(pass, score, results);
    }

    /** Reads a written check, knowing which type names begin with {@code not-} themselves. */
    public CheckSpec spec(Map<String, ?> written) {
        return CheckSpec.of(written, registry.types());
    }

    /** One check; a check that cannot run (bad value, judge unreachable) fails with the reason. */
    public CheckResult evaluate(CheckSpec spec, CheckInput input) {
        Verdict verdict;
        try {
            verdict = registry.get(spec.type()).evaluate(spec, input);
        } catch (RuntimeException e) {
            return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0,
                    "Check " + spec.writtenType() + " could not run: " + e.getMessage());
        }
        boolean pass = verdict.holds() != spec.negated();
        double score = spec.negated() ? 1 - verdict.score() : verdict.score();
        String expected = "output " + (spec.negated() ? "not " : "") + "to " + verdict.expectation();
        String reason = pass ? "Passed: expected " + expected
                : "Expected " + expected + (verdict.observed().isEmpty() ? "" : ", but " + verdict.observed());
        return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), pass, score, reason);
    }
}
