package dev.promptsmith.check.types;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strict JSON for checks: parse, convert suite values, compare by value (1 equals 1.0). */
final class JsonTree {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTree() {
    }

    static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JSON.readTree(text.strip()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static JsonNode of(Object value) {
        return JSON.valueToTree(value);
    }

    /** Deep equality where numbers compare by value and object key order does not matter. */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : a.properties()) {
                JsonNode other = b.get(field.getKey());
                if (other == null || !sameValue(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> left = a.iterator();
            Iterator<JsonNode> right = b.iterator();
            while (left.hasNext()) {
                if (!sameValue(left.next(), right.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
