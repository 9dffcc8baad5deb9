package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;

/**
 * is-json: the whole output is valid JSON, as it came (whitespace around it allowed); with a
 * value, it must also follow that JSON Schema. Output that only repair could save fails, and
 * the reason says what repair would have had to do.
 */
final class IsJsonCheck implements Check {

    @Override
    public String type() {
        return "is-json";
    }

    @Override
    public String description() {
        return "The output is valid JSON as it is; with a value, it also follows that JSON Schema.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String expectation = spec.value() == null ? "be valid JSON" : "be valid JSON that follows the schema";
        RepairResult json = input.json();
        if (json.outcome() != JsonOutcome.VALID) {
            return new Verdict(false, 0, expectation, JsonReasons.notValid(input, json));
        }
        if (spec.value() == null) {
            return Verdict.of(true, expectation);
        }
        return JsonSchemas.conforms(expectation, spec.value(), json.json());
    }
}
