package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;

/**
 * json-schema: the output's JSON follows the schema. JSON that needed repair (a fence, a
 * trailing comma) is validated as repaired; cut-off or invalid output fails.
 */
final class JsonSchemaCheck implements Check {

    @Override
    public String type() {
        return "json-schema";
    }

    @Override
    public String description() {
        return "The output's JSON (repaired if it needed it, but not if it was cut off) follows the JSON Schema.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.value() == null) {
            throw new IllegalArgumentException("json-schema needs the schema as value");
        }
        RepairResult json = input.json();
        if (json.outcome() == JsonOutcome.TRUNCATED || json.outcome() == JsonOutcome.INVALID
                || json.outcome() == JsonOutcome.REPAIRED && !input.holdsJson(json)) {
            return new Verdict(false, 0, "follow the JSON schema", JsonReasons.notValid(input, json));
        }
        return JsonSchemas.conforms("follow the JSON schema", spec.value(), json.json());
    }
}
