package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.Fix;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;
import java.util.EnumSet;
import java.util.Set;

/**
 * contains-json: the output holds complete, valid JSON somewhere, e.g. in a Markdown fence or
 * after a sentence; with a value, that JSON follows the schema.
 */
final class ContainsJsonCheck implements Check {

    private static final Set<Fix> AROUND = EnumSet.of(Fix.MARKDOWN_FENCE, Fix.SURROUNDING_TEXT);

    @Override
    public String type() {
        return "contains-json";
    }

    @Override
    public String description() {
        return "The output contains complete, valid JSON (text or a Markdown fence around it is fine); with a "
                + "value, that JSON follows the schema.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String expectation = spec.value() == null ? "contain valid JSON" : "contain valid JSON that follows the schema";
        RepairResult json = input.json();
        boolean found = json.outcome() == JsonOutcome.VALID
                || json.outcome() == JsonOutcome.REPAIRED && input.holdsJson(json) && AROUND.containsAll(json.fixes());
        if (!found) {
            return new Verdict(false, 0, expectation, JsonReasons.notValid(input, json));
        }
        if (spec.value() == null) {
            return Verdict.of(true, expectation);
        }
        return JsonSchemas.conforms(expectation, spec.value(), json.json());
    }
}
