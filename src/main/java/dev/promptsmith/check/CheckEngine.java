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
     * Checks as written, read, filled and run at once (the playground's one output).
     *
     * @param checks    the case's checks as written ({@code defaultTest} ones first)
     * @param threshold the case's threshold on the weighted score, or {@code null}
     */
    public CaseVerdict evaluate(List<Map<String, Object>> checks, Double threshold, CheckInput input) {
        return evaluate(fill(specs(checks), input.vars()), threshold, input);
    }

    /**
     * A test's checks, filled with its variables, on one of its outputs.
     *
     * @param threshold the case's threshold on the weighted score, or {@code null}
     */
    public CaseVerdict evaluate(FilledChecks checks, Double threshold, CheckInput input) {
        return score(checks.checks(), threshold, input);
    }

    private CaseVerdict score(List<FilledChecks.Filled> checks, Double threshold, CheckInput input) {
        List<CheckResult> results = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        boolean allPass = true;
        String error = null;
        for (FilledChecks.Filled check : checks) {
            CheckResult result;
            try {
                result = evaluate(check, input);
            } catch (CellErrorException e) {
                CheckSpec spec = check.spec();
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
    public static List<CheckSpec> withOptions(List<CheckSpec> checks, Map<String, Object> options) {
        List<CheckSpec> result = new ArrayList<>(checks.size());
        for (CheckSpec check : checks) {
            CheckSpec graded = check.withDefault("provider", options.get("provider"));
            if (MODEL_GRADED.contains(bareType(check.config()))) {
                graded = graded.withDefault(RUBRIC_PROMPT, options.get(RUBRIC_PROMPT));
            }
            result.add(graded);
        }
        return result;
    }

    /** The type as written without one {@code not-}, as promptfoo matches it here. */
    private static String bareType(Map<String, ?> written) {
        String type = String.valueOf(written.get("type"));
        return type.startsWith("not-") ? type.substring("not-".length()) : type;
    }

    /**
     * A test's checks with its variables filled into their values and metric names, once for all of
     * its outputs; a check whose variables cannot be filled fails on every output with the reason.
     */
    public FilledChecks fill(List<CheckSpec> checks, Map<String, Object> vars) {
        return new FilledChecks(filled(checks, vars), vars);
    }

    private List<FilledChecks.Filled> filled(List<CheckSpec> checks, Map<String, Object> vars) {
        List<FilledChecks.Filled> filled = new ArrayList<>(checks.size());
        for (CheckSpec check : checks) {
            try {
                CheckSpec spec = templates.fill(check, vars);
                filled.add(new FilledChecks.Filled(spec, null, spec.type().equals(ASSERT_SET)
                        ? filled(members(spec), vars) : List.of()));
            } catch (IllegalArgumentException e) {
                filled.add(new FilledChecks.Filled(check, "Check " + check.writtenType() + " could not run: "
                        + e.getMessage(), List.of()));
            }
        }
        return filled;
    }

    /** Reads checks as written, knowing which type names begin with {@code not-} themselves. */
    public List<CheckSpec> specs(List<? extends Map<String, ?>> written) {
        return written.stream().map(this::spec).toList();
    }

    /** Reads a written check, knowing which type names begin with {@code not-} themselves. */
    public CheckSpec spec(Map<String, ?> written) {
        return CheckSpec.of(written, registry.types());
    }

    private CheckResult evaluate(FilledChecks.Filled check, CheckInput input) {
        CheckSpec spec = check.spec();
        if (check.problem() != null) {
            return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0, check.problem());
        }
        return spec.type().equals(ASSERT_SET) ? assertSet(spec, check.members(), input) : evaluate(spec, input);
    }

    /**
     * One check; a check that cannot run (bad value, judge unreachable) fails with the reason.
     *
     * @throws CellErrorException when the check cannot judge this output at all: the cell is an error
     */
    public CheckResult evaluate(CheckSpec spec, CheckInput input) {
        if (spec.type().equals(ASSERT_SET)) {
            return assertSet(spec, filled(members(spec), input.vars()), input);
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

    /** An assert-set's own checks: read with the set, or from what it holds when it was made by hand. */
    private List<CheckSpec> members(CheckSpec set) {
        if (set.members().isEmpty() && set.config().get("assert") instanceof List<?> written) {
            return written.stream().map(member -> spec(member instanceof Map<?, ?> map ? plain(map) : Map.of())).toList();
        }
        return set.members();
    }

    private static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> check = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> check.put(String.valueOf(k), v));
        return check;
    }

    /** The checks of an assert-set, scored as a case scores its checks, with the set's threshold. */
    private CheckResult assertSet(CheckSpec spec, List<FilledChecks.Filled> members, CheckInput input) {
        if (!(spec.config().get("assert") instanceof List<?> written) || written.isEmpty()) {
            return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), false, 0, "Check "
                    + spec.writtenType() + " could not run: it needs 'assert', a list of checks");
        }
        CaseVerdict set = score(members, spec.threshold(), input);
        if (set.error() != null) {
            throw new CellErrorException(set.error());
        }
        boolean pass = set.pass() != spec.negated();
        double score = spec.negated() ? 1 - set.score() : set.score();
        String expected = "output " + (spec.negated() ? "not " : "") + "to pass the set of " + members.size()
                + " checks" + (spec.threshold() == null ? "" : " (threshold " + spec.threshold() + ")");
        String failed = String.join("; ", set.checks().stream().filter(c -> !c.pass()).map(CheckResult::reason).toList());
        String reason = pass ? "Passed: expected " + expected
                : "Expected " + expected + ", but it scored %.2f".formatted(set.score())
                + (failed.isEmpty() ? "" : ": " + failed);
        return new CheckResult(spec.writtenType(), spec.metric(), spec.weight(), pass, score, reason);
    }
}
