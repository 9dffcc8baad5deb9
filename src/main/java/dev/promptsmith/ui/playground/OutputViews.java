package dev.promptsmith.ui.playground;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How an answer can be shown besides plain text. */
final class OutputViews {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
            return Optional.of(JSON.writeValueAsString(node));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
