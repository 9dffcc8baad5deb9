package dev.promptsmith.check.types;

import tools.jackson.databind.JsonNode;

/** Values as they appear in reasons: quoted, on one line, shortened. */
final class Quote {

    private static final int MAX = 80;

    private Quote() {
    }

    static String of(Object value) {
        return "\"" + shortened(String.valueOf(value).replace("\n", "\\n")) + "\"";
    }

    /**
     * A JSON value as JSON: a string brings its own quotes (quoting it again showed ""RE-2024-0317""), and a number
     * stays bare, so 42 and "42" read differently.
     */
    static String json(JsonNode value) {
        return shortened(value.toString());
    }

    private static String shortened(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
