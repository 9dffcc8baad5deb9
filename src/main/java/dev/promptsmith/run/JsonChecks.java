package dev.promptsmith.run;

import dev.promptsmith.check.CaseVerdict;
import java.util.Set;

/**
 * The check types that ask for JSON. A cell with one of them counts in its model's JSON rates whatever
 * its output looks like; a negated one ({@code not-is-json}) asks for no JSON and does not.
 */
final class JsonChecks {

    private static final Set<String> TYPES = Set.of("is-json", "contains-json", "json-schema", "json-path",
            "repairable-json");

    private JsonChecks() {
    }

    /** Whether the output counts in its model's JSON rates: its checks ask for JSON, or it looks like JSON. */
    static boolean counted(CaseVerdict verdict, String output) {
        return output != null && (asked(verdict) || looksLikeJson(output));
    }

    /** Starts with a brace, a bracket or a code fence: prose that cites [1] further on does not look like JSON. */
    static boolean looksLikeJson(String output) {
        String start = output.stripLeading();
        return start.startsWith("{") || start.startsWith("[") || start.startsWith("```");
    }

    static boolean asked(CaseVerdict verdict) {
        return verdict != null && verdict.checks().stream().anyMatch(check -> TYPES.contains(check.type()));
    }
}
