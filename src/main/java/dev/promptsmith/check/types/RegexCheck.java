package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.script.JavaScriptRegex;
import dev.promptsmith.script.ScriptException;

/**
 * regex: the output matches the pattern somewhere, as promptfoo matches it: {@code new RegExp(value)}
 * in JavaScript, no flags. A pattern that is no JavaScript fails the check (negated or not, as in
 * promptfoo), with JavaScript's reason; one that backtracks without end is stopped after the time limit.
 */
final class RegexCheck implements Check {

    @Override
    public String type() {
        return "regex";
    }

    @Override
    public String description() {
        return "The output matches the regular expression (JavaScript syntax, no flags, as in promptfoo) somewhere.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        try {
            return Verdict.of(JavaScriptRegex.test(spec.text(), input.output()), "match " + Quote.of(spec.text()));
        } catch (ScriptException e) {
            throw new IllegalArgumentException("the pattern " + Quote.of(spec.text()) + " " + e.getMessage());
        }
    }
}
