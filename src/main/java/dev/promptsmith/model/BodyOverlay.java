package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a target's config lays over the request bodies LangChain4j builds (see
 * {@link RequestBody}), each value written as JSON once, when the overlay is made, rather than
 * for every request.
 *
 * @param fields  the fields by name, nested objects as maps
 * @param written each field's value as JSON text, by name
 */
record BodyOverlay(Map<String, Object> fields, Map<String, String> written) {

    static final BodyOverlay NONE = new BodyOverlay(Map.of(), Map.of());

    static BodyOverlay of(Map<String, Object> fields) {
        Map<String, String> written = new LinkedHashMap<>();
        fields.forEach((name, value) -> written.put(name, Json.write(value)));
        return new BodyOverlay(fields, written);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }
}
