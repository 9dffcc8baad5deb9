package dev.promptsmith.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Variables as templates see them: a mapping or list keeps its entries for {@code obj.key} and
 * loops, but is written out as JSON, as promptfoo users expect ({@code {"a":1}}), never as Java
 * writes a map ({@code {a=1}}).
 */
final class JsonValues {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonValues() {
    }

    static Map<String, Object> wrap(Map<String, ?> values) {
        Map<String, Object> wrapped = new java.util.HashMap<>();
        values.forEach((k, v) -> wrapped.put(k, wrap(v)));
        return wrapped;
    }

    static Object wrap(Object value) {
        if (value instanceof JsonMap || value instanceof JsonList) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            JsonMap wrapped = new JsonMap();
            map.forEach((k, v) -> wrapped.put(String.valueOf(k), wrap(v)));
            return wrapped;
        }
        if (value instanceof List<?> list) {
            JsonList wrapped = new JsonList();
            list.forEach(v -> wrapped.add(wrap(v)));
            return wrapped;
        }
        return value;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A mapping written out as JSON. */
    static final class JsonMap extends LinkedHashMap<String, Object> {
        @Override
        public String toString() {
            return json(new LinkedHashMap<>(this));
        }
    }

    /** A list written out as JSON. */
    static final class JsonList extends ArrayList<Object> {
        @Override
        public String toString() {
            return json(new ArrayList<>(this));
        }
    }
}
