package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;

/** repairable-json: the output is JSON, or Promptsmith's repair can make JSON of it (fences, commas, cut-offs ...). */
final class RepairableJsonCheck implements Check {

    @Override
    public String type() {
        return "repairable-json";
    }

    @Override
    public String description() {
        return "The output is valid JSON or can be repaired into it (fences, text around it, commas, quotes, cut-offs).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        RepairResult json = input.json();
        boolean repairable = json.outcome() == JsonOutcome.VALID || input.holdsJson(json);
        String observed = switch (json.outcome()) {
            case VALID -> "it was valid as it came";
            case REPAIRED, TRUNCATED -> "repair " + JsonReasons.fixes(json);
            case INVALID -> "it is not JSON" + (json.problem() == null ? "" : ": " + json.problem());
        };
        if (!repairable && json.outcome() != JsonOutcome.INVALID) {
            observed = "it holds no JSON object or array, only text";
        }
        return new Verdict(repairable, repairable ? 1 : 0, "be JSON or repairable into JSON", observed);
    }
}
