package dev.promptsmith.check.json;

import java.util.List;

/**
 * The outcome of {@link JsonRepair#repair(CharSequence)}.
 *
 * @param outcome whether the input was valid, repaired, completed after truncation, or beyond repair
 * @param json the repaired JSON text, or {@code null} when the outcome is {@link JsonOutcome#INVALID}
 * @param fixes what was changed, in a fixed order; empty when the input was valid
 * @param problem for {@link JsonOutcome#INVALID}: what was wrong and where; otherwise {@code null}
 */
public record RepairResult(JsonOutcome outcome, String json, List<Fix> fixes, String problem) {

    public RepairResult {
        fixes = List.copyOf(fixes);
    }

    /**
     * Whether the result is a JSON object or array. Repair turns a bare line of prose into a JSON
     * string (as jsonrepair does); for a model that was asked for JSON that is no JSON at all.
     */
    public boolean structured() {
        if (json == null) {
            return false;
        }
        String value = json.stripLeading();
        return value.startsWith("{") || value.startsWith("[");
    }

    /** Whether {@link #json()} holds usable JSON. */
    public boolean usable() {
        return outcome != JsonOutcome.INVALID;
    }
}
