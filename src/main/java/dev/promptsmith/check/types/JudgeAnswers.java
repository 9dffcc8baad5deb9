package dev.promptsmith.check.types;

import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.JsonRepair;
import dev.promptsmith.check.json.RepairResult;
import tools.jackson.databind.JsonNode;

/**
 * Reads a judge's JSON verdict through our repair, so a verdict in a Markdown fence, with prose
 * around it or cut off still counts.
 */
final class JudgeAnswers {

    private JudgeAnswers() {
    }

    static JsonNode read(String answer) {
        RepairResult repaired = JsonRepair.repair(answer);
        if (repaired.outcome() == JsonOutcome.INVALID) {
            throw new IllegalArgumentException("the judge did not answer with JSON: " + Quote.of(answer));
        }
        JsonNode node = JsonTree.parse(repaired.json()).orElseThrow();
        if (!node.isObject()) {
            throw new IllegalArgumentException("the judge answered " + Quote.of(answer) + " instead of a JSON object");
        }
        return node;
    }
}
