package dev.promptsmith.check.types;

import dev.promptsmith.check.json.RepairResult;
import java.util.stream.Collectors;

/** Reasons that say what was wrong with JSON output and what repair did or could do. */
final class JsonReasons {

    private JsonReasons() {
    }

    static String notValid(dev.promptsmith.check.CheckInput input, RepairResult json) {
        if (json.outcome() != dev.promptsmith.check.json.JsonOutcome.VALID && !input.holdsJson(json)) {
            return "it is not JSON: it holds no object or array";
        }
        return switch (json.outcome()) {
            case VALID -> "it was valid";
            case TRUNCATED -> "it was cut off (repair would close it: " + fixes(json) + ")";
            case REPAIRED -> "it needed repair (" + fixes(json) + ")";
            case INVALID -> "it is not JSON" + (json.problem() == null ? "" : ": " + json.problem());
        };
    }

    static String fixes(RepairResult json) {
        return json.fixDescriptions().stream().distinct().collect(Collectors.joining(", "));
    }
}
