package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.script.ScriptCode;
import dev.promptsmith.script.ScriptCode.Language;
import dev.promptsmith.script.ScriptException;
import dev.promptsmith.script.Scripts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * javascript and python: a script judges the output, as promptfoo's custom assertions do. It gets
 * {@code output} and {@code context} ({@code vars}, {@code prompt}, the check's {@code config}) and
 * returns a boolean, a score (passing at the threshold, or above 0 without one), or
 * {@code {pass, score, reason}}.
 */
final class ScriptCheck implements Check {

    private final Language language;
    private final Scripts scripts;

    ScriptCheck(Language language, Scripts scripts) {
        this.language = language;
        this.scripts = scripts;
    }

    @Override
    public String type() {
        return language == Language.PYTHON ? "python" : "javascript";
    }

    @Override
    public String description() {
        return language == Language.PYTHON
                ? "A Python expression, function body or file://check.py[:function] (default get_assert) run in python3 "
                        + "passes the output: true, a score, or {pass, score, reason}."
                : "A JavaScript expression, function body or file://check.js[:function] run in a sandbox passes the "
                        + "output: true, a score, or {pass, score, reason}.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        ScriptCode code;
        Object result;
        try {
            code = scripts.code(spec.value(), language, "get_assert");
            result = scripts.run(code, input.output(), context(spec, input));
        } catch (ScriptException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        String expectation = "pass " + (code.file() ? code.origin() : Quote.of(code.source()));
        return switch (result) {
            case Boolean pass -> Verdict.of(pass, expectation);
            case Number score -> {
                double value = score.doubleValue();
                boolean pass = spec.threshold() != null ? value >= spec.threshold() : value > 0;
                yield Verdict.scored(pass, value, expectation, "it scored " + score);
            }
            case Map<?, ?> grading when grading.get("pass") instanceof Boolean pass -> Verdict.scored(pass,
                    grading.get("score") instanceof Number score ? score.doubleValue() : pass ? 1 : 0, expectation,
                    grading.get("reason") == null ? (pass ? "it did" : "it did not") : "it said: " + grading.get("reason"));
            case null, default -> throw new IllegalArgumentException(code.origin() + " must return a boolean, a number "
                    + "or {pass, score, reason}, not " + Quote.of(result));
        };
    }

    private static Map<String, Object> context(CheckSpec spec, CheckInput input) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("prompt", input.prompt());
        context.put("vars", input.vars());
        if (spec.config().get("config") != null) {
            context.put("config", spec.config().get("config"));
        }
        return context;
    }
}
