package dev.promptsmith.check.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** Validates JSON text token by token (no tree, no recursion), so any depth is fine. */
final class JsonCheck {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    private JsonCheck() {
    }

    /** What is wrong with the text as JSON, or {@code null} when it is valid. */
    static String problem(String json) {
        try (JsonParser parser = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
            while (parser.nextToken() != null) {
                // reading every token is the check
            }
            return null;
        } catch (JacksonException e) {
            return e.getOriginalMessage();
        }
    }
}
