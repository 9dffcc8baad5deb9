package dev.promptsmith.ui.playground;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import dev.promptsmith.shared.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How an answer can be shown besides plain text. */
final class OutputViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OutputViews() {
    }

    /** The answer pretty-printed, when the whole answer is a JSON object or array. */
    static Optional<String> prettyJson(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            return Optional.of(escapeLoneSurrogates(Json.pretty(node)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * Reading decodes an escaped lone surrogate into half a character, which writing puts back raw and the page
     * would show as '?': put back its escape, as the repaired JSON has it. In JSON text it can only be in a string.
     */
    private static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int k = 0; k < json.length(); k++) {
            char c = json.charAt(k);
            boolean lone = Character.isHighSurrogate(c)
                    ? k + 1 == json.length() || !Character.isLowSurrogate(json.charAt(k + 1))
                    : Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(json.charAt(k - 1)));
            if (lone && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, k);
            }
            if (lone) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
