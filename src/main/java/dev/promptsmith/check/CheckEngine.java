package dev.promptsmith.check;

import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.script.ScriptException;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.script.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a test case's checks on an output with promptfoo's semantics: any check can be negated
 * with {@code not-}; the case's score is the weighted mean of the check scores; without a case
 * threshold every check with a weight must pass, with one the score must reach it. A check's
 * {@code transform} changes the output that check sees, and no other.
 */
public final class CheckEngine {

    /** The model-graded types; of them only llm-rubric takes a rubricPrompt of the suite's own. */
    private static final java.util.Set<String> MODEL_GRADED = java.util.Set.of("llm-rubric", "factuality",
            "model-graded-factuality", "model-graded-closedqa", "g-eval", "answer-relevance", "context-faithfulness",
            "context-recall", "context-relevance");
    private static final String RUBRIC_PROMPT = "rubricPrompt";
    /** The check whose own checks the engine runs (its type class only describes it). */
    private static final String ASSERT_SET = "assert-set";

    private final CheckRegistry registry;
    private final Transform transform;
    private final CheckTemplates templates;

    /** An engine whose checks' transforms cannot read files (inline ones run). */
    public CheckEngine(CheckRegistry registry) {
        this(registry, new Transform(Scripts.inlineOnly()));
    }

    public CheckEngine(CheckRegistry registry, Transform transform) {
        this(registry, transform, new PromptRenderer());
    }

    private CheckEngine(CheckRegistry registry, Transform transform, PromptRenderer renderer) {
        this.registry = registry;
        this.transform = transform;
        this.templates = new CheckTemplates(renderer);
    }

    /** The same checks, whose values are filled in by this renderer (one with a suite's own filters). */
    public CheckEngine withRenderer(PromptRenderer renderer) {
        return new CheckEngine(registry, transform, renderer);
    }

    public CheckRegistry registry() {
        return registry;
    }

    /** Runs transforms with the same scripts as the checks: a test's {@code options.transform} goes through it. */
    public Transform transform() {
        return transform;
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
        String error = null;
        for (Map<String, Object> written : checks) {
            CheckResult result;
            try {
                result = evaluateWritten(written, input);
            } catch (CellErrorException e) {
                CheckSpec spec = spec(written);
                result = new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0,
                        "Check " + spec.writtenType() + " could not run: " + e.getMessage());
                error = error == null ? e.getMessage() : error;
            }
            results.add(result);
            weighted += result.weight() * result.score();
            weights += result.weight();
            allPass &= result.pass() || result.weight() == 0;
        }
        double score = weights == 0 ? (allPass ? 1 : 0) : weighted / weights;
        boolean pass = error == null && (threshold == null ? allPass : score >= threshold);
        return new CaseVerdict(pass, score, results, error);
    }

    /**
     * The checks with the grading settings of the test's {@code options} (promptfoo merges
     * {@code defaultTest.options} into them): its {@code provider} judges the model-graded checks
     * and its {@code rubricPrompt} is llm-rubric's, where a check does not give its own.
     */
    public static List<Map<String, Object>> withTestOptions(List<Map<String, Object>> checks,
                                                            Map<String, Object> options) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> check : checks) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(check);
            if (options.get("provider") != null) {
                copy.putIfAbsent("provider", options.get("provider"));
            }
            String type = String.valueOf(copy.get("type")).replaceFirst("^not-", "");
            if (options.get(RUBRIC_PROMPT) != null && MODEL_GRADED.contains(type)) {
                copy.putIfAbsent(RUBRIC_PROMPT, options.get(RUBRIC_PROMPT));
            }
            result.add(copy);
        }
        return result;
    }

    /** A check as written, with the test's variables filled into its value, rubric and metric first. */
    private CheckResult evaluateWritten(Map<String, Object> written, CheckInput input) {
        CheckSpec filled;
        try {
            filled = spec(templates.fill(written, input.vars()));
        } catch (IllegalArgumentException e) {
            CheckSpec unfilled = spec(written);
            return new CheckResult(unfilled.writtenType(), unfilled.metric(), unfilled.weight(), false, 0,
                    "Check " + unfilled.writtenType() + " could not run: " + e.getMessage());
        }
        return evaluate(filled, input);
    }

    /** Reads a written check, knowing which type names begin with {@code not-} themselves. */
    public CheckSpec spec(Map<String, ?> written) {
        return CheckSpec.of(written, registry.types());
    }

    /**
     * One check; a check that cannot run (bad value, judge unreachable) fails with the reason.
     *
     * @throws CellErrorException when the check cannot judge this output at all: the cell is an error
     */
    public CheckResult evaluate(CheckSpec spec, CheckInput input) {
        if (spec.type().equals(ASSERT_SET)) {
            return assertSet(spec, input);
        }
        if (spec.config().get(RUBRIC_PROMPT) != null && !spec.type().equals("llm-rubric")) {
            // our other graders ask for their own JSON answers, which a promptfoo rubricPrompt does not
            return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0, "Check "
                    + spec.writtenType() + " could not run: a rubricPrompt of the suite's own is supported by "
                    + "llm-rubric only");
        }
        Verdict verdict;
        try {
            verdict = registry.get(spec.type()).evaluate(spec, transformed(spec, input));
        } catch (CellErrorException e) {
            throw e;
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

    private CheckInput transformed(CheckSpec spec, CheckInput input) {
        Object written = spec.config().get("transform");
        if (written == null) {
            return input;
        }
        try {
            return input.withOutput(transform.apply(written, input.output(),
                    java.util.Map.of("vars", input.vars(), "prompt", input.prompt())));
        } catch (ScriptException e) {
            throw new IllegalArgumentException("its transform failed: " + e.getMessage(), e);
        }
    }

    /** The checks of an assert-set, scored as a case scores its checks, with the set's threshold. */
    private CheckResult assertSet(CheckSpec spec, CheckInput input) {
        if (!(spec.config().get("assert") instanceof List<?> members) || members.isEmpty()) {
            return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0, "Check "
                    + spec.writtenType() + " could not run: it needs 'assert', a list of checks");
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Object member : members) {
            Map<String, Object> check = new java.util.LinkedHashMap<>();
            if (member instanceof Map<?, ?> map) {
                map.forEach((k, v) -> check.put(String.valueOf(k), v));
            }
            checks.add(check);
        }
        CaseVerdict set = evaluate(checks, spec.threshold(), input);
        if (set.error() != null) {
            throw new CellErrorException(set.error());
        }
        boolean pass = set.pass() != spec.negated();
        double score = spec.negated() ? 1 - set.score() : set.score();
        String expected = "output " + (spec.negated() ? "not " : "") + "to pass the set of " + checks.size()
                + " checks" + (spec.threshold() == null ? "" : " (threshold " + spec.threshold() + ")");
        String failed = String.join("; ", set.checks().stream().filter(c -> !c.pass()).map(CheckResult::reason).toList());
        String reason = pass ? "Passed: expected " + expected
                : "Expected " + expected + ", but it scored %.2f".formatted(set.score())
                + (failed.isEmpty() ? "" : ": " + failed);
        return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), pass, score, reason);
    }
}
